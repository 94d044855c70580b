# -B full flushes everything at exit.
cmd: ./bpfscope -B full -e 'BEGIN { printf("x\n"); @y = 2; exit(); }'
stdout: x
stdout:
stdout:
stdout: @y: 2
