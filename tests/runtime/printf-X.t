# printf %X with 255.
cmd: ./bpfscope -e 'BEGIN { printf("%X\n", 255); exit(); }'
stdout: FF
stdout:
stdout:
