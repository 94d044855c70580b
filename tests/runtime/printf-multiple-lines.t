# One printf writing several lines.
cmd: ./bpfscope -e 'BEGIN { printf("1\n2\n3\n"); exit(); }'
stdout: 1
stdout: 2
stdout: 3
stdout:
stdout:
