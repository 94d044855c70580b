# Integer expression 010 evaluates like bpftrace.
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", 010); exit(); }'
stdout: 8
stdout:
stdout:
