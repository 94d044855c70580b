# Cast/width: (uint16)70000 (printed with %d).
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", (uint16)70000); exit(); }'
stdout: 4464
stdout:
stdout:
