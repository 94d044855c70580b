# A negative scalar map value.
cmd: ./bpfscope -e 'BEGIN { @x = -5; exit(); }'
stdout:
stdout:
stdout: @x: -5
