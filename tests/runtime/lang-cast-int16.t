# Cast/width: (int16)40000 (printed with %d).
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", (int16)40000); exit(); }'
stdout: -25536
stdout:
stdout:
