# printf %hd with 70000.
cmd: ./bpfscope -e 'BEGIN { printf("%hd\n", 70000); exit(); }'
stdout: 4464
stdout:
stdout:
