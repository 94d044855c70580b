# printf a\tb with no arguments.
cmd: ./bpfscope -e 'BEGIN { printf("a\tb\n"); exit(); }'
stdout: a	b
stdout:
stdout:
