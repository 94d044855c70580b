# Cast/width: 1 << 40 (printed with %lld).
cmd: ./bpfscope -e 'BEGIN { printf("%lld\n", 1 << 40); exit(); }'
stdout: 1099511627776
stdout:
stdout:
