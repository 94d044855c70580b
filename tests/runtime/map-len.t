# len(@m) counts the keys. Not in 0.17.
cmd: ./bpfscope -e 'BEGIN { @m[1] = 1; @m[2] = 1; @m[5] = 1; printf("%d\n", len(@m)); clear(@m); exit(); }'
stdout: 3
stdout:
stdout:
