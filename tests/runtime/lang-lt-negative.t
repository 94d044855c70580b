# Integer expression -1 < 0 evaluates like bpftrace.
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", -1 < 0); exit(); }'
stdout: 1
stdout:
stdout:
