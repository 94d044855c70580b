# The body never runs for an empty map.
cmd: ./bpfscope -e 'BEGIN { @m[1] = 1; delete(@m[1]); $n = 0; for ($kv : @m) { $n++; } printf("%d\n", $n); exit(); }'
stdout: 0
stdout:
stdout:
