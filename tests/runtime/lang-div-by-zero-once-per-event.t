# The division-by-zero warning comes each time the division runs; a nonzero divisor gives no warning.
cmd: ./bpfscope -e 'BEGIN { $i = 0; while ($i < 3) { $d = $i % 2; printf("%d\n", 6 / $d); $i++; } exit(); }'
stdout: 1
stdout: 6
stdout: 1
stdout:
stdout:
stderr-lines: 3
