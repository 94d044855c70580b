# printf [%5.2s] with "abcdef".
cmd: ./bpfscope -e 'BEGIN { printf("[%5.2s]\n", "abcdef"); exit(); }'
stdout: [   ab]
stdout:
stdout:
