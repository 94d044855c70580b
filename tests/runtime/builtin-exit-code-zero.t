# exit(0) exits with 0.
cmd: ./bpfscope -e 'BEGIN { exit(0); }'
stdout:
stdout:
