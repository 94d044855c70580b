# Positional parameters in arithmetic.
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", $1 * $2); exit(); }' 6 7
stdout: 42
stdout:
stdout:
