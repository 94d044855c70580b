# String-keyed maps sort by value too.
cmd: ./bpfscope -e 'BEGIN { @m["c"] = 1; @m["a"] = 3; @m["b"] = 2; exit(); }'
stdout:
stdout:
stdout: @m[c]: 1
stdout: @m[b]: 2
stdout: @m[a]: 3
