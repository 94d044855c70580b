# Bucket labels use M: [1M, 2M).
cmd: ./bpfscope -e 'BEGIN { @h = hist(1048576); exit(); }'
stdout:
stdout:
stdout: @h:
stdout: [1M, 2M)               1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|
stdout:
