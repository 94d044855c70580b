# An @m macro parameter is the caller's map. Not in 0.17.
cmd: ./bpfscope -e 'macro bump(@m, k) { @m[k]++; @m[k] } BEGIN { bump(@a, 1); printf("%d\n", bump(@a, 1)); exit(); }'
stdout: 2
stdout:
stdout:
stdout: @a[1]: 2
