# Integer expression 0 || 3 evaluates like bpftrace.
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", 0 || 3); exit(); }'
stdout: 1
stdout:
stdout:
