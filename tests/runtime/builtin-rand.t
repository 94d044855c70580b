# rand is a 32-bit random number.
cmd: ./bpfscope -e 'BEGIN { printf("%u\n", rand); exit(); }'
stdout-re: ^[0-9]+$
