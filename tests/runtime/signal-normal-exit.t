# No BPF program or link remains after a normal exit.
cmd: tests/lib/no-leftovers -- ./bpfscope -e 'BEGIN { printf("x\n"); exit(); }'
stdout: x
stdout:
stdout:
