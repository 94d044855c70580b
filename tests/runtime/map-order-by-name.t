# Maps are printed at exit in name order.
cmd: ./bpfscope -e 'BEGIN { @zeta = 1; @alpha = 2; @mid = 3; exit(); }'
stdout:
stdout:
stdout: @alpha: 2
stdout: @mid: 3
stdout: @zeta: 1
