# Negative and positive values.
cmd: ./bpfscope -e 'BEGIN { @h = hist(-5); @h = hist(2); @h = hist(2); @h = hist(5); exit(); }'
stdout:
stdout:
stdout: @h:
stdout: (..., 0)               1 |@@@@@@@@@@@@@@@@@@@@@@@@@@                          |
stdout: [0]                    0 |                                                    |
stdout: [1]                    0 |                                                    |
stdout: [2, 4)                 2 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|
stdout: [4, 8)                 1 |@@@@@@@@@@@@@@@@@@@@@@@@@@                          |
stdout:
