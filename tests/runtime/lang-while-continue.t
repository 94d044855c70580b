# continue skips the rest of the body.
cmd: ./bpfscope -e 'BEGIN { $i = 0; $s = 0; while ($i < 10) { $i++; if ($i % 2) { continue; } $s += $i; } printf("%d\n", $s); exit(); }'
stdout: 30
stdout:
stdout:
