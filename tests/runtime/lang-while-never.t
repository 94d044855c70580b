# A while loop whose condition is false at once.
cmd: ./bpfscope -e 'BEGIN { $i = 5; while ($i < 3) { $i++; } printf("%d\n", $i); exit(); }'
stdout: 5
stdout:
stdout:
