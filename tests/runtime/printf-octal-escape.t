# printf \101\102 with no arguments.
cmd: ./bpfscope -e 'BEGIN { printf("\101\102\n"); exit(); }'
stdout: AB
stdout:
stdout:
