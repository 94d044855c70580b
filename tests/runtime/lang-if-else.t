# if/else.
cmd: ./bpfscope -e 'BEGIN { $x = 1; if ($x > 2) { printf("big\n"); } else { printf("small\n"); } exit(); }'
stdout: small
stdout:
stdout:
