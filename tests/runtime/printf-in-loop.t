# printf in a loop keeps the order of events.
cmd: ./bpfscope -e 'BEGIN { $i = 0; while ($i < 5) { printf("%d\n", $i); $i++; } exit(); }'
stdout: 0
stdout: 1
stdout: 2
stdout: 3
stdout: 4
stdout:
stdout:
