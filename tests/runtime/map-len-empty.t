# len of a map with no keys is 0. Not in 0.17.
cmd: ./bpfscope -e 'BEGIN { @m[1] = 1; delete(@m, 1); printf("%d\n", len(@m)); exit(); }'
stdout: 0
stdout:
stdout:
