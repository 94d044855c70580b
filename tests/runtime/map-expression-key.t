# An expression as key.
cmd: ./bpfscope -e 'BEGIN { @m[2 + 3] = 1; exit(); }'
stdout:
stdout:
stdout: @m[5]: 1
