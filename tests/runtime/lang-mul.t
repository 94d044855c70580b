# Integer expression 6 * 7 evaluates like bpftrace.
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", 6 * 7); exit(); }'
stdout: 42
stdout:
stdout:
