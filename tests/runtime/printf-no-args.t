# printf plain text with no arguments.
cmd: ./bpfscope -e 'BEGIN { printf("plain text\n"); exit(); }'
stdout: plain text
stdout:
stdout:
