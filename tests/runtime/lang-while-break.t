# break leaves a while loop.
cmd: ./bpfscope -e 'BEGIN { $i = 0; while ($i < 100) { if ($i == 7) { break; } $i++; } printf("%d\n", $i); exit(); }'
stdout: 7
stdout:
stdout:
