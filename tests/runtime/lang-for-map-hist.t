# for over a hist() map is refused with a reason.
cmd: ./bpfscope -e 'BEGIN { @h[1] = hist(3); for ($kv : @h) { printf("x\n"); } exit(); }'
exit: 1
stdout-empty
stderr-re: error: 'for' over @h, a hist\(\) map, is not implemented yet
