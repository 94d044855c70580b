# Cast/width: (uint32)-1 (printed with %u).
cmd: ./bpfscope -e 'BEGIN { printf("%u\n", (uint32)-1); exit(); }'
stdout: 4294967295
stdout:
stdout:
