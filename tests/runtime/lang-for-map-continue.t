# continue in a map loop.
cmd: ./bpfscope -e 'BEGIN { @m[1] = 1; @m[2] = 2; @m[3] = 3; $s = 0; for ($kv : @m) { if ($kv.0 == 2) { continue; } $s += $kv.1; } printf("%d\n", $s); clear(@m); exit(); }'
stdout: 4
stdout:
stdout:
