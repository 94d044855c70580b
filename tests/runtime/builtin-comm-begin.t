# comm in BEGIN is the tracer (bpftrace prints "bpftrace" here).
cmd: ./bpfscope -e 'BEGIN { printf("%s\n", comm); exit(); }'
stdout: bpfscope
stdout:
stdout:
