# delete() removes a key (current syntax delete(@m, key); not in 0.17).
cmd: ./bpfscope -e 'BEGIN { @m[1] = 1; @m[2] = 2; delete(@m, 1); exit(); }'
stdout:
stdout:
stdout: @m[2]: 2
