# Buckets from the lowest to the highest non-empty one, empty ones in between.
cmd: ./bpfscope -e 'BEGIN { @h = hist(2); @h = hist(3); @h = hist(20); exit(); }'
stdout:
stdout:
stdout: @h:
stdout: [2, 4)                 2 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|
stdout: [4, 8)                 0 |                                                    |
stdout: [8, 16)                0 |                                                    |
stdout: [16, 32)               1 |@@@@@@@@@@@@@@@@@@@@@@@@@@                          |
stdout:
