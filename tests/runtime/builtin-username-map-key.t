# username as a map key: the uid is stored, the name printed.
cmd: ./bpfscope -e 'BEGIN { @[username] = count(); exit(); }'
stdout:
stdout:
stdout: @[root]: 1
