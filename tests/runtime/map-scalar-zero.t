# A map set to 0 is still printed.
cmd: ./bpfscope -e 'BEGIN { @x = 0; exit(); }'
stdout:
stdout:
stdout: @x: 0
