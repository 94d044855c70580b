# Cast/width: (int32)4294967295 (printed with %d).
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", (int32)4294967295); exit(); }'
stdout: -1
stdout:
stdout:
