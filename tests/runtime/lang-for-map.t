# for over a map visits every key/value.
cmd: ./bpfscope -e 'BEGIN { @m[1] = 10; @m[2] = 20; @m[3] = 30; $s = 0; for ($kv : @m) { $s += $kv.0 * $kv.1; } printf("%d\n", $s); clear(@m); exit(); }'
stdout: 140
stdout:
stdout:
