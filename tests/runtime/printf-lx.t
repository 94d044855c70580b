# printf %lx with 1099511627776.
cmd: ./bpfscope -e 'BEGIN { printf("%lx\n", 1099511627776); exit(); }'
stdout: 10000000000
stdout:
stdout:
