# max() keeps the largest value.
cmd: ./bpfscope -e 'BEGIN { @m = max(5); @m = max(30); @m = max(9); exit(); }'
stdout:
stdout:
stdout: @m: 30
