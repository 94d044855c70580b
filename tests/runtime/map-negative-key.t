# A negative integer key.
cmd: ./bpfscope -e 'BEGIN { @m[-3] = 1; exit(); }'
stdout:
stdout:
stdout: @m[-3]: 1
