# Integer expression -42 evaluates like bpftrace.
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", -42); exit(); }'
stdout: -42
stdout:
stdout:
