# Nested if statements.
cmd: ./bpfscope -e 'BEGIN { $x = 5; $y = 2; if ($x > 1) { if ($y > 3) { printf("a\n"); } else { printf("b\n"); } } exit(); }'
stdout: b
stdout:
stdout:
