# Reading a map in an expression.
cmd: ./bpfscope -e 'BEGIN { @x = 3; printf("%d\n", @x + 1); exit(); }'
stdout: 4
stdout:
stdout:
stdout: @x: 3
