# A tuple variable can be reassigned with the same type.
cmd: ./bpfscope -e 'BEGIN { $t = (1, 2); $t = (3, 4); print($t); exit(); }'
stdout: (3, 4)
stdout:
stdout:
