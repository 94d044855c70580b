# Three keys.
cmd: ./bpfscope -e 'BEGIN { @m[1, "a", 3] = 9; exit(); }'
stdout:
stdout:
stdout: @m[1, a, 3]: 9
