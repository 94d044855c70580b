# Integer expression 17 / 5 evaluates like bpftrace.
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", 17 / 5); exit(); }'
stdout: 3
stdout:
stdout:
