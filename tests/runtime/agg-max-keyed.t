# max() per key.
cmd: ./bpfscope -e 'BEGIN { @m[1] = max(4); @m[1] = max(8); @m[2] = max(1); exit(); }'
stdout:
stdout:
stdout: @m[2]: 1
stdout: @m[1]: 8
