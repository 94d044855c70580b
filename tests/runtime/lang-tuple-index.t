# Tuple fields by index.
cmd: ./bpfscope -e 'BEGIN { $t = (1, "two", 3); printf("%d %s %d\n", $t.0, $t.1, $t.2); exit(); }'
stdout: 1 two 3
stdout:
stdout:
