# print(@m, 0, D) divides the values by D.
cmd: ./bpfscope -e 'BEGIN { @m["a"] = 100; @m["b"] = 250; print(@m, 0, 10); clear(@m); exit(); }'
stdout: @m[a]: 10
stdout: @m[b]: 25
stdout:
stdout:
