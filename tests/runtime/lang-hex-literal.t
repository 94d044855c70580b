# Integer expression 0x1f evaluates like bpftrace.
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", 0x1f); exit(); }'
stdout: 31
stdout:
stdout:
