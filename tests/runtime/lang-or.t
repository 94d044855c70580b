# Integer expression 12 | 3 evaluates like bpftrace.
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", 12 | 3); exit(); }'
stdout: 15
stdout:
stdout:
