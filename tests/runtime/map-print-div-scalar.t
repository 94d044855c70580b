# print(@x, 0, D) on a scalar map (integer division).
cmd: ./bpfscope -e 'BEGIN { @x = 1005; print(@x, 0, 10); clear(@x); exit(); }'
stdout: @x: 100
stdout:
stdout:
