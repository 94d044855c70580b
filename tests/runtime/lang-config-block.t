# A config block is accepted and does not change output. Not in 0.17.
cmd: ./bpfscope -e 'config = { max_map_keys = 100 } BEGIN { @m[1] = 1; exit(); }'
stdout:
stdout:
stdout: @m[1]: 1
