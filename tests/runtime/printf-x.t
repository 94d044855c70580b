# printf %x with 255.
cmd: ./bpfscope -e 'BEGIN { printf("%x\n", 255); exit(); }'
stdout: ff
stdout:
stdout:
