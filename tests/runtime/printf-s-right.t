# printf [%10s] with "cd".
cmd: ./bpfscope -e 'BEGIN { printf("[%10s]\n", "cd"); exit(); }'
stdout: [        cd]
stdout:
stdout:
