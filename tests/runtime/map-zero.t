# zero() keeps the keys with value 0.
cmd: ./bpfscope -e 'BEGIN { @m[1] = 5; zero(@m); exit(); }'
stdout:
stdout:
stdout: @m[1]: 0
