# Integer expression 0 ? 1 : 1 ? 2 : 3 evaluates like bpftrace.
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", 0 ? 1 : 1 ? 2 : 3); exit(); }'
stdout: 2
stdout:
stdout:
