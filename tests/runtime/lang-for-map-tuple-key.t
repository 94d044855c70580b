# A map with two keys gives a tuple key: $kv.0.0 and $kv.0.1.
cmd: ./bpfscope -e 'BEGIN { @m[7, "seven"] = 49; for ($kv : @m) { printf("%d %s %d\n", $kv.0.0, $kv.0.1, $kv.1); } clear(@m); exit(); }'
stdout: 7 seven 49
stdout:
stdout:
