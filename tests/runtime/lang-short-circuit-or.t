# || does not evaluate its right side when the left is true.
cmd: ./bpfscope -e 'BEGIN { @n = 0; $r = 1 || @n++; printf("%d %d\n", $r, @n); exit(); }'
stdout: 1 0
stdout:
stdout:
stdout: @n: 0
