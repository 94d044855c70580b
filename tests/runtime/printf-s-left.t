# printf [%-10s] with "ab".
cmd: ./bpfscope -e 'BEGIN { printf("[%-10s]\n", "ab"); exit(); }'
stdout: [ab        ]
stdout:
stdout:
