# Nested while loops.
cmd: ./bpfscope -e 'BEGIN { $i = 0; $n = 0; while ($i < 4) { $j = 0; while ($j < 3) { $n++; $j++; } $i++; } printf("%d\n", $n); exit(); }'
stdout: 12
stdout:
stdout:
