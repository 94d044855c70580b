# sizeof() of a type.
cmd: ./bpfscope -e 'BEGIN { printf("%d %d\n", sizeof(uint32), sizeof(int64)); exit(); }'
stdout: 4 8
stdout:
stdout:
