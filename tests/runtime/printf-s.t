# printf %s with "str".
cmd: ./bpfscope -e 'BEGIN { printf("%s\n", "str"); exit(); }'
stdout: str
stdout:
stdout:
