# -B line output through a pipe.
cmd: ./bpfscope -B line -e 'BEGIN { printf("x\n"); exit(); }' | cat
stdout: x
stdout:
stdout:
