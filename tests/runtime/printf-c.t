# printf %c with 65.
cmd: ./bpfscope -e 'BEGIN { printf("%c\n", 65); exit(); }'
stdout: A
stdout:
stdout:
