# print() of a scratch variable.
cmd: ./bpfscope -e 'BEGIN { $x = 9; print($x); exit(); }'
stdout: 9
stdout:
stdout:
