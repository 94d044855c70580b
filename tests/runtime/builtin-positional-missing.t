# A missing positional parameter is 0.
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", $2 + 0); exit(); }' 1
stdout: 0
stdout:
stdout:
