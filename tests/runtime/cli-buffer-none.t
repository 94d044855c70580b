# -B none gives the same output.
cmd: ./bpfscope -B none -e 'BEGIN { printf("x\n"); exit(); }'
stdout: x
stdout:
stdout:
