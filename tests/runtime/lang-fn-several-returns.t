# A function with several return statements. Not in 0.17.
cmd: ./bpfscope -e 'fn sign($x: int64): int64 { if ($x < 0) { return -1; } if ($x == 0) { return 0; } return 1; } BEGIN { printf("%d %d %d\n", sign(-7), sign(0), sign(9)); exit(); }'
stdout: -1 0 1
stdout:
stdout:
