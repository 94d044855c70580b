# if / else if / else chain.
cmd: ./bpfscope -e 'BEGIN { $x = 5; if ($x < 3) { printf("a\n"); } else if ($x < 6) { printf("b\n"); } else { printf("c\n"); } exit(); }'
stdout: b
stdout:
stdout:
