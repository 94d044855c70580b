# macaddr() of an array that is not 6 bytes is refused, as in bpftrace.
cmd: ./bpfscope -e 'BEGIN { printf("%s\n", macaddr(pton("::1"))); exit(); }'
exit: 1
stdout-empty
stderr-re: error: macaddr\(\) argument must be 6 bytes in size, not uint8\[16\]
