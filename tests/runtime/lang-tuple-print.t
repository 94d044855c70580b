# print() of a tuple.
cmd: ./bpfscope -e 'BEGIN { $t = (1, "two", -3); print($t); exit(); }'
stdout: (1, two, -3)
stdout:
stdout:
