# Integer expression 12 ^ 10 evaluates like bpftrace.
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", 12 ^ 10); exit(); }'
stdout: 6
stdout:
stdout:
