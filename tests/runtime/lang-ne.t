# Integer expression 7 != 7 evaluates like bpftrace.
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", 7 != 7); exit(); }'
stdout: 0
stdout:
stdout:
