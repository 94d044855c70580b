# A histogram is printed after SIGINT.
cmd: tests/lib/no-leftovers -s INT -- ./bpfscope -e 'BEGIN { @h = hist(5); } interval:s:60 { }'
stdout:
stdout:
stdout: @h:
stdout: [4, 8)                 1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|
stdout:
