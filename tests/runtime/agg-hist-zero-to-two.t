# The [0], [1] and [2, 4) buckets.
cmd: ./bpfscope -e 'BEGIN { @h = hist(0); @h = hist(1); @h = hist(1); @h = hist(2); exit(); }'
stdout:
stdout:
stdout: @h:
stdout: [0]                    1 |@@@@@@@@@@@@@@@@@@@@@@@@@@                          |
stdout: [1]                    2 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|
stdout: [2, 4)                 1 |@@@@@@@@@@@@@@@@@@@@@@@@@@                          |
stdout:
