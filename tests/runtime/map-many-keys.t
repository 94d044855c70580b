# A loop filling 100 keys.
cmd: ./bpfscope -e 'BEGIN { $i = 0; while ($i < 100) { @m[$i] = $i; $i++; } printf("%d\n", @m[99]); clear(@m); exit(); }'
stdout: 99
stdout:
stdout:
