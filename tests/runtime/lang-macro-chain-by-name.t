# A macro handing its $x and @m parameters on to another macro: still the caller's variable and map. Not in 0.17.
cmd: ./bpfscope -e 'macro inc($x, @m) { $x += 1; @m += 1 } macro inc2($y, @n) { inc($y, @n); inc($y, @n); } BEGIN { $v = 1; inc2($v, @c); printf("%d\n", $v); exit(); }'
stdout: 3
stdout:
stdout:
stdout: @c: 2
