# A histogram and a scalar map, in name order.
cmd: ./bpfscope -e 'BEGIN { @a = hist(3); @b = 1; exit(); }'
stdout:
stdout:
stdout: @a:
stdout: [2, 4)                 1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|
stdout:
stdout: @b: 1
