# Cast/width: (int8)200 (printed with %d).
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", (int8)200); exit(); }'
stdout: -56
stdout:
stdout:
