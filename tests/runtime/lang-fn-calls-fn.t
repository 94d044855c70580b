# A function calling another function. Not in 0.17.
cmd: ./bpfscope -e 'fn twice($x: int64): int64 { return add($x, $x); } fn add($a: int64, $b: int64): int64 { return $a + $b; } BEGIN { printf("%d\n", twice(21)); exit(); }'
stdout: 42
stdout:
stdout:
