# Integer expression 2 + 3 evaluates like bpftrace.
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", 2 + 3); exit(); }'
stdout: 5
stdout:
stdout:
