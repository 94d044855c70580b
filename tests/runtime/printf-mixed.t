# printf %s=%d (%x) %c with "v", 10, 10, 66.
cmd: ./bpfscope -e 'BEGIN { printf("%s=%d (%x) %c\n", "v", 10, 10, 66); exit(); }'
stdout: v=10 (a) B
stdout:
stdout:
