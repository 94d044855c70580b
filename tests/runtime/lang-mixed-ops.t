# Integer expression (100 - 1) / 3 % 7 + (1 << 2) evaluates like bpftrace.
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", (100 - 1) / 3 % 7 + (1 << 2)); exit(); }'
stdout: 9
stdout:
stdout:
