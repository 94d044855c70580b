# Integer expression 5 <= 5 evaluates like bpftrace.
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", 5 <= 5); exit(); }'
stdout: 1
stdout:
stdout:
