# printf %llu with 18446744073709551615.
cmd: ./bpfscope -e 'BEGIN { printf("%llu\n", 18446744073709551615); exit(); }'
stdout: 18446744073709551615
stdout:
stdout:
