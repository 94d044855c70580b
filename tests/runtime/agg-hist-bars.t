# Bar lengths are proportional to the largest bucket (4:3:1).
cmd: ./bpfscope -e 'BEGIN { @h = hist(4); @h = hist(4); @h = hist(4); @h = hist(4); @h = hist(8); @h = hist(8); @h = hist(8); @h = hist(16); exit(); }'
stdout:
stdout:
stdout: @h:
stdout: [4, 8)                 4 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|
stdout: [8, 16)                3 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@             |
stdout: [16, 32)               1 |@@@@@@@@@@@@@                                       |
stdout:
