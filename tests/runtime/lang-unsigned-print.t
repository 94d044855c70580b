# Cast/width: (uint64)1 << 63 (printed with %llu).
cmd: ./bpfscope -e 'BEGIN { printf("%llu\n", (uint64)1 << 63); exit(); }'
stdout: 9223372036854775808
stdout:
stdout:
