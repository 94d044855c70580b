# unroll repeats its block.
cmd: ./bpfscope -e 'BEGIN { $i = 0; unroll(5) { $i += 2; } printf("%d\n", $i); exit(); }'
stdout: 10
stdout:
stdout:
