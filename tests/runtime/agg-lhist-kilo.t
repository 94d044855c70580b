# lhist() labels with K.
cmd: ./bpfscope -e 'BEGIN { @l = lhist(1500, 0, 4096, 1024); exit(); }'
stdout:
stdout:
stdout: @l:
stdout: [1K, 2K)               1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|
stdout:
