# printf [%-5d] with 42.
cmd: ./bpfscope -e 'BEGIN { printf("[%-5d]\n", 42); exit(); }'
stdout: [42   ]
stdout:
stdout:
