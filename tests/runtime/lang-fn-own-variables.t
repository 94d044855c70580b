# A function's variables are its own: the caller's of the same name (and another type) are untouched. Not in 0.17.
cmd: ./bpfscope -e 'fn f($x: int64): int64 { $y = $x * 2; return $y; } BEGIN { $x = "caller"; $y = 5; printf("%d %s %d\n", f(4), $x, $y); exit(); }'
stdout: 8 caller 5
stdout:
stdout:
