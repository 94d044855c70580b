# Nested tuple field access.
cmd: ./bpfscope -e 'BEGIN { $t = ((1, 2), 3); printf("%d\n", $t.0.1); exit(); }'
stdout: 2
stdout:
stdout:
