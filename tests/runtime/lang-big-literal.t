# Cast/width: 1000000000000 (printed with %lld).
cmd: ./bpfscope -e 'BEGIN { printf("%lld\n", 1000000000000); exit(); }'
stdout: 1000000000000
stdout:
stdout:
