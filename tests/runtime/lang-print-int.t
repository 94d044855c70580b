# print() of an integer.
cmd: ./bpfscope -e 'BEGIN { print(5); exit(); }'
stdout: 5
stdout:
stdout:
