# min() with negative values.
cmd: ./bpfscope -e 'BEGIN { @m = min(5); @m = min(-5); @m = min(0); exit(); }'
stdout:
stdout:
stdout: @m: -5
