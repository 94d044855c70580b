# printf a\\b with no arguments.
cmd: ./bpfscope -e 'BEGIN { printf("a\\b\n"); exit(); }'
stdout: a\b
stdout:
stdout:
