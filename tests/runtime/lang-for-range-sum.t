# for over a range with a variable bound. Not in 0.17.
cmd: ./bpfscope -e 'BEGIN { $n = 4; $s = 0; for ($i : 1..$n) { $s += $i; } printf("%d\n", $s); exit(); }'
stdout: 6
stdout:
stdout:
