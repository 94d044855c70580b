# print() of a keyed map, sorted by value.
cmd: ./bpfscope -e 'BEGIN { @m[1] = 2; @m[2] = 1; print(@m); clear(@m); exit(); }'
stdout: @m[2]: 1
stdout: @m[1]: 2
stdout:
stdout:
