# Integer expression 3 < 5 evaluates like bpftrace.
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", 3 < 5); exit(); }'
stdout: 1
stdout:
stdout:
