# printf %o with 8.
cmd: ./bpfscope -e 'BEGIN { printf("%o\n", 8); exit(); }'
stdout: 10
stdout:
stdout:
