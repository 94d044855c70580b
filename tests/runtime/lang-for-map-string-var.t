# A string variable assigned in the body keeps its new value after the loop.
cmd: ./bpfscope -e 'BEGIN { @m["k"] = 5; $s = "before"; for ($kv : @m) { $s = $kv.0; } printf("%s\n", $s); clear(@m); exit(); }'
stdout: k
stdout:
stdout:
