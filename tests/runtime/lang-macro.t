# A macro expands in place. Not in 0.17.
cmd: ./bpfscope -e 'macro twice(x) { x * 2 } BEGIN { printf("%d\n", twice(21)); exit(); }'
stdout: 42
stdout:
stdout:
