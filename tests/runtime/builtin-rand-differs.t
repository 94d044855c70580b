# Two rand values in one run are not both equal to a third (random).
cmd: ./bpfscope -e 'BEGIN { $a = rand; $b = rand; $c = rand; printf("%d\n", $a != $b || $b != $c); exit(); }'
stdout: 1
stdout:
stdout:
