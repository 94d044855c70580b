# unroll with printf inside.
cmd: ./bpfscope -e 'BEGIN { $i = 0; unroll(3) { printf("%d\n", $i); $i++; } exit(); }'
stdout: 0
stdout: 1
stdout: 2
stdout:
stdout:
