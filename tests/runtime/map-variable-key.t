# A scratch variable as key.
cmd: ./bpfscope -e 'BEGIN { $k = 7; @m[$k] = $k * 2; exit(); }'
stdout:
stdout:
stdout: @m[7]: 14
