# Integer expression 1 ? 10 : 20 evaluates like bpftrace.
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", 1 ? 10 : 20); exit(); }'
stdout: 10
stdout:
stdout:
