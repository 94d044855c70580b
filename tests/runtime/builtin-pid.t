# pid in BEGIN is the tracer itself.
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", pid); exit(); }'
stdout-re: ^[1-9][0-9]*$
stdout-lines: 3
