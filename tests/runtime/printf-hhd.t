# printf %hhd with 300.
cmd: ./bpfscope -e 'BEGIN { printf("%hhd\n", 300); exit(); }'
stdout: 44
stdout:
stdout:
