# Integer expression 1_000_000 evaluates like bpftrace.
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", 1_000_000); exit(); }'
stdout: 1000000
stdout:
stdout:
