# An integer key.
cmd: ./bpfscope -e 'BEGIN { @m[42] = 1; exit(); }'
stdout:
stdout:
stdout: @m[42]: 1
