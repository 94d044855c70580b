# Nothing after exit() in the same probe runs; no further probes fire.
cmd: ./bpfscope -e 'BEGIN { printf("a\n"); exit(); printf("b\n"); }'
stdout: a
stdout:
stdout:
