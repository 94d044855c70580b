# printf [%05d] with -42.
cmd: ./bpfscope -e 'BEGIN { printf("[%05d]\n", -42); exit(); }'
stdout: [-0042]
stdout:
stdout:
