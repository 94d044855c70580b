# The largest uint64 key prints unsigned (as in bpftrace runtime tests; 0.17 prints -1).
cmd: ./bpfscope -e 'BEGIN { @a[18446744073709551615] = 0; exit(); }'
stdout:
stdout:
stdout: @a[18446744073709551615]: 0
