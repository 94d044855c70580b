# Integer expression 1 << 10 evaluates like bpftrace.
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", 1 << 10); exit(); }'
stdout: 1024
stdout:
stdout:
