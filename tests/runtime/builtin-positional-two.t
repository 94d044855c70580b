# $1 and $2.
cmd: ./bpfscope -e 'BEGIN { printf("%d %d\n", $1, $2); exit(); }' 3 4
stdout: 3 4
stdout:
stdout:
