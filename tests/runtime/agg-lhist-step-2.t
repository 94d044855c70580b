# lhist() with step 2 (bpftrace runtime test "lhist").
cmd: ./bpfscope -e 'BEGIN { @ = lhist(-1, 0, 10, 2); @ = lhist(2, 0, 10, 2); @ = lhist(3, 0, 10, 2); @ = lhist(7, 0, 10, 2); @ = lhist(10, 0, 10, 2); exit(); }'
stdout:
stdout:
stdout: @:
stdout: (..., 0)               1 |@@@@@@@@@@@@@@@@@@@@@@@@@@                          |
stdout: [0, 2)                 0 |                                                    |
stdout: [2, 4)                 2 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|
stdout: [4, 6)                 0 |                                                    |
stdout: [6, 8)                 1 |@@@@@@@@@@@@@@@@@@@@@@@@@@                          |
stdout: [8, 10)                0 |                                                    |
stdout: [10, ...)              1 |@@@@@@@@@@@@@@@@@@@@@@@@@@                          |
stdout:
