# && does not evaluate its right side when the left is false.
cmd: ./bpfscope -e 'BEGIN { @n = 0; $r = 0 && @n++; printf("%d %d\n", $r, @n); exit(); }'
stdout: 0 0
stdout:
stdout:
stdout: @n: 0
