# stats() of one value.
cmd: ./bpfscope -e 'BEGIN { @s = stats(7); exit(); }'
stdout:
stdout:
stdout: @s: count 1, average 7, total 7
