# A macro without parameters, called with () or named bare. Not in 0.17.
cmd: ./bpfscope -e 'macro one() { 1 } BEGIN { printf("%d %d\n", one(), one); exit(); }'
stdout: 1 1
stdout:
stdout:
