# Several strings in one printf.
cmd: ./bpfscope -e 'BEGIN { printf("%s-%s-%s\n", "a", "bc", "def"); exit(); }'
stdout: a-bc-def
stdout:
stdout:
