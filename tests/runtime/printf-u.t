# printf %u with 42.
cmd: ./bpfscope -e 'BEGIN { printf("%u\n", 42); exit(); }'
stdout: 42
stdout:
stdout:
