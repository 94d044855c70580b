# printf %d with -42.
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", -42); exit(); }'
stdout: -42
stdout:
stdout:
