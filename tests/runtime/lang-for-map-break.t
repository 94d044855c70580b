# break leaves a for-over-map loop after the entry it is in.
cmd: ./bpfscope -e 'BEGIN { @m[1] = 1; @m[2] = 2; @m[3] = 3; $n = 0; for ($kv : @m) { $n++; break; } printf("%d\n", $n); clear(@m); exit(); }'
stdout: 1
stdout:
stdout:
