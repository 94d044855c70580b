# printf [%08x] with 48879.
cmd: ./bpfscope -e 'BEGIN { printf("[%08x]\n", 48879); exit(); }'
stdout: [0000beef]
stdout:
stdout:
