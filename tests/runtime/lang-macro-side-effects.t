# A bare macro parameter is the argument expression, evaluated at each use. Not in 0.17.
cmd: ./bpfscope -e 'macro thrice(x) { x; x; x; } BEGIN { thrice({ printf("hi") }); printf("\n"); exit(); }'
stdout: hihihi
stdout:
stdout:
