# An empty range runs no iteration. Not in 0.17.
cmd: ./bpfscope -e 'BEGIN { $s = 0; for ($i : 5..5) { $s++; } printf("%d\n", $s); exit(); }'
stdout: 0
stdout:
stdout:
