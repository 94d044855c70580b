# Integer expression 1 && 2 evaluates like bpftrace.
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", 1 && 2); exit(); }'
stdout: 1
stdout:
stdout:
