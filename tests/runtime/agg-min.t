# min() keeps the smallest value.
cmd: ./bpfscope -e 'BEGIN { @m = min(5); @m = min(3); @m = min(9); exit(); }'
stdout:
stdout:
stdout: @m: 3
