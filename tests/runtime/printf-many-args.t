# printf %d %d %d %d %d %d %d %d with 1, 2, 3, 4, 5, 6, 7, 8.
cmd: ./bpfscope -e 'BEGIN { printf("%d %d %d %d %d %d %d %d\n", 1, 2, 3, 4, 5, 6, 7, 8); exit(); }'
stdout: 1 2 3 4 5 6 7 8
stdout:
stdout:
