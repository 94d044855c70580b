# for over a map counts its entries.
cmd: ./bpfscope -e 'BEGIN { @m["a"] = 1; @m["b"] = 2; $n = 0; for ($kv : @m) { $n++; } printf("%d\n", $n); clear(@m); exit(); }'
stdout: 2
stdout:
stdout:
