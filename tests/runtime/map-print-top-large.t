# print(@m, N) with N beyond the size prints everything.
cmd: ./bpfscope -e 'BEGIN { @m[1] = 10; @m[2] = 20; print(@m, 10); clear(@m); exit(); }'
stdout: @m[1]: 10
stdout: @m[2]: 20
stdout:
stdout:
