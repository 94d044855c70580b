# printf %p with 255.
cmd: ./bpfscope -e 'BEGIN { printf("%p\n", 255); exit(); }'
stdout: 0xff
stdout:
stdout:
