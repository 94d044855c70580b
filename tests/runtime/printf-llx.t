# printf %llx with 18446744073709551615.
cmd: ./bpfscope -e 'BEGIN { printf("%llx\n", 18446744073709551615); exit(); }'
stdout: ffffffffffffffff
stdout:
stdout:
