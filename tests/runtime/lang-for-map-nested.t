# Loops over maps nest; the inner body sees the outer loop's variable.
cmd: ./bpfscope -e 'BEGIN { @a[1] = 10; @a[2] = 20; @b[100] = 1; @b[200] = 2; @b[300] = 3; $s = 0; for ($x : @a) { for ($y : @b) { $s += $x.1 * $y.1; } } printf("%d\n", $s); clear(@a); clear(@b); exit(); }'
stdout: 180
stdout:
stdout:
