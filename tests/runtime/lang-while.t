# while loop summing 0..9.
cmd: ./bpfscope -e 'BEGIN { $i = 0; $s = 0; while ($i < 10) { $s += $i; $i++; } printf("%d\n", $s); exit(); }'
stdout: 45
stdout:
stdout:
