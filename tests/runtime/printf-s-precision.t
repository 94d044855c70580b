# printf [%.3s] with "abcdef".
cmd: ./bpfscope -e 'BEGIN { printf("[%.3s]\n", "abcdef"); exit(); }'
stdout: [abc]
stdout:
stdout:
