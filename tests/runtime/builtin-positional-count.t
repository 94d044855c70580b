# $# counts the positional parameters.
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", $#); exit(); }' a b c
stdout: 3
stdout:
stdout:
