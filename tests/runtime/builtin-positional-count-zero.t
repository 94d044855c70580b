# $# is 0 without parameters.
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", $#); exit(); }'
stdout: 0
stdout:
stdout:
