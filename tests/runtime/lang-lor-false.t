# Integer expression 0 || 0 evaluates like bpftrace.
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", 0 || 0); exit(); }'
stdout: 0
stdout:
stdout:
