# hist() of 0..1023 in a loop.
cmd: ./bpfscope -e 'BEGIN { $i = 0; while ($i < 1024) { @h = hist($i); $i++; } exit(); }'
stdout:
stdout:
stdout: @h:
stdout: [0]                    1 |                                                    |
stdout: [1]                    1 |                                                    |
stdout: [2, 4)                 2 |                                                    |
stdout: [4, 8)                 4 |                                                    |
stdout: [8, 16)                8 |                                                    |
stdout: [16, 32)              16 |@                                                   |
stdout: [32, 64)              32 |@@@                                                 |
stdout: [64, 128)             64 |@@@@@@                                              |
stdout: [128, 256)           128 |@@@@@@@@@@@@@                                       |
stdout: [256, 512)           256 |@@@@@@@@@@@@@@@@@@@@@@@@@@                          |
stdout: [512, 1K)            512 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|
stdout:
