# lhist() only prints from the lowest to the highest non-empty bucket.
cmd: ./bpfscope -e 'BEGIN { @l = lhist(15, 0, 100, 10); @l = lhist(35, 0, 100, 10); @l = lhist(35, 0, 100, 10); exit(); }'
stdout:
stdout:
stdout: @l:
stdout: [10, 20)               1 |@@@@@@@@@@@@@@@@@@@@@@@@@@                          |
stdout: [20, 30)               0 |                                                    |
stdout: [30, 40)               2 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|
stdout:
