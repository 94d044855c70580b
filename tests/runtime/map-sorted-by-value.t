# Keyed maps print sorted by value, smallest first.
cmd: ./bpfscope -e 'BEGIN { @m[1] = 30; @m[2] = 10; @m[3] = 20; exit(); }'
stdout:
stdout:
stdout: @m[2]: 10
stdout: @m[3]: 20
stdout: @m[1]: 30
