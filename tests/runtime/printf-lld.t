# printf %lld with -5.
cmd: ./bpfscope -e 'BEGIN { printf("%lld\n", -5); exit(); }'
stdout: -5
stdout:
stdout:
