# print() of a string.
cmd: ./bpfscope -e 'BEGIN { print("str"); exit(); }'
stdout: str
stdout:
stdout:
