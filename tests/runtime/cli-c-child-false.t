# A failing child does not make bpfscope fail.
cmd: ./bpfscope -e 'BEGIN { }' -c /bin/false
stdout:
stdout:
