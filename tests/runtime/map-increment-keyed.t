# Increment of keyed entries.
cmd: ./bpfscope -e 'BEGIN { @m["a"]++; @m["a"]++; @m["b"]++; exit(); }'
stdout:
stdout:
stdout: @m[b]: 1
stdout: @m[a]: 2
