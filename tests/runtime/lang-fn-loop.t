# A function with a loop, called from a loop. Not in 0.17.
cmd: ./bpfscope -e 'fn sum_to($n: int64): int64 { $s = 0; for ($i : 0..$n + 1) { $s += $i; } return $s; } BEGIN { $t = 0; for ($k : 0..4) { $t += sum_to($k); } printf("%d\n", $t); exit(); }'
stdout: 10
stdout:
stdout:
