# nsecs is a positive 64-bit nanosecond count.
cmd: ./bpfscope -e 'BEGIN { printf("%llu\n", nsecs); exit(); }'
stdout-re: ^[1-9][0-9]{6,}$
