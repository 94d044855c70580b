# print(@m, N) prints the N largest entries.
cmd: ./bpfscope -e 'BEGIN { @m[1] = 10; @m[2] = 40; @m[3] = 30; @m[4] = 20; print(@m, 2); clear(@m); exit(); }'
stdout: @m[3]: 30
stdout: @m[2]: 40
stdout:
stdout:
