# Integer expression 10 - 4 evaluates like bpftrace.
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", 10 - 4); exit(); }'
stdout: 6
stdout:
stdout:
