# print() of a histogram mid-run.
cmd: ./bpfscope -e 'BEGIN { @h = hist(5); print(@h); clear(@h); exit(); }'
stdout: @h:
stdout: [4, 8)                 1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|
stdout:
stdout:
stdout:
