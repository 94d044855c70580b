# Variables assigned before a block are visible in it.
cmd: ./bpfscope -e 'BEGIN { $x = 3; if (1) { $x = $x * 2; } printf("%d\n", $x); exit(); }'
stdout: 6
stdout:
stdout:
