# Integer expression 0 ? 10 : 20 evaluates like bpftrace.
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", 0 ? 10 : 20); exit(); }'
stdout: 20
stdout:
stdout:
