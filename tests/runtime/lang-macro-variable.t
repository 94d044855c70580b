# A macro with a $x parameter, given a variable. Not in 0.17.
cmd: ./bpfscope -e 'macro twice($x) { $x * 2 } BEGIN { $v = 21; printf("%d\n", twice($v)); exit(); }'
stdout: 42
stdout:
stdout:
