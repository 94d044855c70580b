# Integer expression ~0 evaluates like bpftrace.
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", ~0); exit(); }'
stdout: -1
stdout:
stdout:
