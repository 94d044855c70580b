# for over a map with string keys reads the key.
cmd: ./bpfscope -e 'BEGIN { @m["only"] = 7; for ($kv : @m) { printf("%s=%d\n", $kv.0, $kv.1); } clear(@m); exit(); }'
stdout: only=7
stdout:
stdout:
