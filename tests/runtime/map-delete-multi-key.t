# delete with two keys.
cmd: ./bpfscope -e 'BEGIN { @m[1, "a"] = 1; @m[2, "b"] = 2; delete(@m, (1, "a")); exit(); }'
stdout:
stdout:
stdout: @m[2, b]: 2
