# print() of a negative integer.
cmd: ./bpfscope -e 'BEGIN { print(-12); exit(); }'
stdout: -12
stdout:
stdout:
