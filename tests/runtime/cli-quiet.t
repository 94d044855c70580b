# -q suppresses "Attached N probes".
cmd: ./bpfscope -q -e 'BEGIN { exit(); }'
stderr-empty
stdout:
stdout:
