# printf from an interval probe, three times then exit().
cmd: ./bpfscope -e 'interval:ms:20 { @n++; printf("tick %d\n", @n); if (@n == 3) { exit(); } }'
stdout: tick 1
stdout: tick 2
stdout: tick 3
stdout:
stdout:
stdout: @n: 3
