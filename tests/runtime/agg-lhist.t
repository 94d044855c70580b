# lhist() with underflow and overflow buckets, every bucket in between printed.
cmd: ./bpfscope -e 'BEGIN { @l = lhist(5, 0, 100, 10); @l = lhist(200, 0, 100, 10); @l = lhist(-1, 0, 100, 10); exit(); }'
stdout:
stdout:
stdout: @l:
stdout: (..., 0)               1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|
stdout: [0, 10)                1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|
stdout: [10, 20)               0 |                                                    |
stdout: [20, 30)               0 |                                                    |
stdout: [30, 40)               0 |                                                    |
stdout: [40, 50)               0 |                                                    |
stdout: [50, 60)               0 |                                                    |
stdout: [60, 70)               0 |                                                    |
stdout: [70, 80)               0 |                                                    |
stdout: [80, 90)               0 |                                                    |
stdout: [90, 100)              0 |                                                    |
stdout: [100, ...)             1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|
stdout:
