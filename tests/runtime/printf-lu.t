# printf %lu with 1099511627776.
cmd: ./bpfscope -e 'BEGIN { printf("%lu\n", 1099511627776); exit(); }'
stdout: 1099511627776
stdout:
stdout:
