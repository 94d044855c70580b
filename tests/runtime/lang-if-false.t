# if whose condition is false runs nothing.
cmd: ./bpfscope -e 'BEGIN { $x = 1; if ($x > 2) { printf("big\n"); } printf("done\n"); exit(); }'
stdout: done
stdout:
stdout:
