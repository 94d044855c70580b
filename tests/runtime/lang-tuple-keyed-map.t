# A tuple value in a keyed map.
cmd: ./bpfscope -e 'BEGIN { @t["k"] = (5, "v"); exit(); }'
stdout:
stdout:
stdout: @t[k]: (5, v)
