# A declared map (let @m = hash(N)). Not in 0.17.
cmd: ./bpfscope -e 'let @m = hash(10); BEGIN { @m[1] = 2; exit(); }'
stdout:
stdout:
stdout: @m[1]: 2
