# Integer expression 2 + 3 * 4 evaluates like bpftrace.
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", 2 + 3 * 4); exit(); }'
stdout: 14
stdout:
stdout:
