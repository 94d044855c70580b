# has_key() is true for a present key. Not in 0.17.
cmd: ./bpfscope -e 'BEGIN { @m[1] = 0; printf("%d %d\n", has_key(@m, 1), has_key(@m, 2)); clear(@m); exit(); }'
stdout: 1 0
stdout:
stdout:
