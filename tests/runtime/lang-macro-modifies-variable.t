# A $x macro parameter is the caller's variable: the macro may change it. Not in 0.17.
cmd: ./bpfscope -e 'macro inc($x) { $x += 1 } BEGIN { $v = 1; inc($v); inc($v); printf("%d\n", $v); exit(); }'
stdout: 3
stdout:
stdout:
