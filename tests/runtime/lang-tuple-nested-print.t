# print() of a nested tuple.
cmd: ./bpfscope -e 'BEGIN { print(((1, 2), "x")); exit(); }'
stdout: ((1, 2), x)
stdout:
stdout:
