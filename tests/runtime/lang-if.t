# if without else.
cmd: ./bpfscope -e 'BEGIN { $x = 3; if ($x > 2) { printf("big\n"); } exit(); }'
stdout: big
stdout:
stdout:
