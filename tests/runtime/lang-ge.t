# Integer expression 4 >= 5 evaluates like bpftrace.
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", 4 >= 5); exit(); }'
stdout: 0
stdout:
stdout:
