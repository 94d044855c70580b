# Integer expression 1024 >> 3 evaluates like bpftrace.
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", 1024 >> 3); exit(); }'
stdout: 128
stdout:
stdout:
