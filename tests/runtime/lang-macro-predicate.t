# A macro in a predicate. Not in 0.17.
cmd: ./bpfscope -e 'macro big(x) { x > 10 } BEGIN /big(20)/ { printf("big\n"); } BEGIN /big(5)/ { printf("small\n"); } BEGIN { exit(); }'
stdout: big
stdout:
stdout:
