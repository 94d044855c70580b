# printf [%05d] with 42.
cmd: ./bpfscope -e 'BEGIN { printf("[%05d]\n", 42); exit(); }'
stdout: [00042]
stdout:
stdout:
