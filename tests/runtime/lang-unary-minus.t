# Integer expression -(3 + 4) evaluates like bpftrace.
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", -(3 + 4)); exit(); }'
stdout: -7
stdout:
stdout:
