# break inside a range loop. Not in 0.17.
cmd: ./bpfscope -e 'BEGIN { $s = 0; for ($i : 0..100) { if ($i == 3) { break; } $s += 1; } printf("%d\n", $s); exit(); }'
stdout: 3
stdout:
stdout:
