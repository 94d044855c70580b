# String values (bigger than a stack object) reach the body whole.
cmd: ./bpfscope -e 'BEGIN { @m[1] = "a string longer than thirty-two bytes"; for ($kv : @m) { printf("%d:%s\n", $kv.0, $kv.1); } clear(@m); exit(); }'
stdout: 1:a string longer than thirty-two bytes
stdout:
stdout:
