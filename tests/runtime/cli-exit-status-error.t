# A program error exits with 1 before running anything.
cmd: ./bpfscope -e 'BEGIN { printf("%d\n"); exit(); }'
exit: 1
stdout-empty
