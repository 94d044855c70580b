# "Attached 1 probe" for a single probe.
cmd: ./bpfscope -e 'BEGIN { exit(); }'
stderr: Attached 1 probe
stdout:
stdout:
