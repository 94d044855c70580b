# max() of negative values only (0.17 prints nothing: its max starts from 0).
cmd: ./bpfscope -e 'BEGIN { @m = max(-5); @m = max(-3); exit(); }'
stdout:
stdout:
stdout: @m: -3
