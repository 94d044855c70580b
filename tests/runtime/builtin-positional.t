# $1 is the first positional parameter.
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", $1); exit(); }' 42
stdout: 42
stdout:
stdout:
