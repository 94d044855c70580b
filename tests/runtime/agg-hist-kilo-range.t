# Labels across the K boundary.
cmd: ./bpfscope -e 'BEGIN { @h = hist(600); @h = hist(1500); exit(); }'
stdout:
stdout:
stdout: @h:
stdout: [512, 1K)              1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|
stdout: [1K, 2K)               1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|
stdout:
