# for over a map without keys is an error that says so.
cmd: ./bpfscope -e 'BEGIN { @x = 1; for ($kv : @x) { printf("x\n"); } exit(); }'
exit: 1
stdout-empty
stderr-re: error: 'for' needs a map with keys, as in @m\[k\] = v: @x has none
