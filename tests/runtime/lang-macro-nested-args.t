# A macro call as the argument of the same macro: each expansion has its own variables. Not in 0.17.
cmd: ./bpfscope -e 'macro add(x, y) { let $a = x; let $b = y; $a + $b } BEGIN { printf("%d\n", add(1, add(2, add(3, 4)))); exit(); }'
stdout: 10
stdout:
stdout:
