# stats() prints count, average and total.
cmd: ./bpfscope -e 'BEGIN { @s = stats(2); @s = stats(8); exit(); }'
stdout:
stdout:
stdout: @s: count 2, average 5, total 10
