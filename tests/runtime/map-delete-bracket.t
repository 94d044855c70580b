# delete(@m[key]) removes a key.
cmd: ./bpfscope -e 'BEGIN { @m[1] = 1; @m[2] = 2; delete(@m[2]); exit(); }'
stdout:
stdout:
stdout: @m[1]: 1
