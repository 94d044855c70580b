# && and || evaluate the right side when needed.
cmd: ./bpfscope -e 'BEGIN { @n = 0; $a = 1 && @n++; $b = 0 || @n++; printf("%d\n", @n); exit(); }'
stdout: 2
stdout:
stdout:
stdout: @n: 2
