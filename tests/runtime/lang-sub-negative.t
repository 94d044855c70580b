# Integer expression 4 - 10 evaluates like bpftrace.
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", 4 - 10); exit(); }'
stdout: -6
stdout:
stdout:
