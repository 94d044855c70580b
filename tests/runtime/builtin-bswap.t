# bswap() swaps the bytes of an integer.
cmd: ./bpfscope -e 'BEGIN { printf("%x\n", bswap((uint32)0x12345678)); exit(); }'
stdout: 78563412
stdout:
stdout:
