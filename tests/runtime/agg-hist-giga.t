# Bucket labels use G.
cmd: ./bpfscope -e 'BEGIN { @h = hist(3221225472); exit(); }'
stdout:
stdout:
stdout: @h:
stdout: [2G, 4G)               1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|
stdout:
