# Cast/width: (uint8)300 (printed with %d).
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", (uint8)300); exit(); }'
stdout: 44
stdout:
stdout:
