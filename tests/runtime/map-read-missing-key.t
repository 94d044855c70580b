# Reading a missing key gives 0.
cmd: ./bpfscope -e 'BEGIN { @m[1] = 5; printf("%d\n", @m[2]); exit(); }'
stdout: 0
stdout:
stdout:
stdout: @m[1]: 5
