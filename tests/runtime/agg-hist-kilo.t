# Bucket labels use K: [1K, 2K).
cmd: ./bpfscope -e 'BEGIN { @h = hist(1024); exit(); }'
stdout:
stdout:
stdout: @h:
stdout: [1K, 2K)               1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|
stdout:
