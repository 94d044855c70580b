# A function updating a map. Not in 0.17.
cmd: ./bpfscope -e 'fn bump($k: int64) { @calls[$k]++; } BEGIN { bump(1); bump(1); bump(2); exit(); }'
stdout:
stdout:
stdout: @calls[2]: 1
stdout: @calls[1]: 2
