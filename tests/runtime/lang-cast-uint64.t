# Cast/width: (uint64)-1 (printed with %llu).
cmd: ./bpfscope -e 'BEGIN { printf("%llu\n", (uint64)-1); exit(); }'
stdout: 18446744073709551615
stdout:
stdout:
