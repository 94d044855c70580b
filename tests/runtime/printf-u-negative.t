# printf %u with (uint32)-1.
cmd: ./bpfscope -e 'BEGIN { printf("%u\n", (uint32)-1); exit(); }'
stdout: 4294967295
stdout:
stdout:
