# An empty string argument.
cmd: ./bpfscope -e 'BEGIN { printf("[%s]\n", ""); exit(); }'
stdout: []
stdout:
stdout:
