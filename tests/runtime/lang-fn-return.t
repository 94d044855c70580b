# A user function with typed parameters and a return value. Not in 0.17.
cmd: ./bpfscope -e 'fn add($a: int64, $b: int64): int64 { return $a + $b; } BEGIN { printf("%d\n", add(40, 2)); exit(); }'
stdout: 42
stdout:
stdout:
