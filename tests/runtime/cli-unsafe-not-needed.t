# A plain program needs no --unsafe.
cmd: ./bpfscope -e 'BEGIN { exit(); }'
stdout:
stdout:
