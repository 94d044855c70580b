# Assigning a key twice keeps the last value.
cmd: ./bpfscope -e 'BEGIN { @m[1] = 5; @m[1] = 6; exit(); }'
stdout:
stdout:
stdout: @m[1]: 6
