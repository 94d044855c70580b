# hist() of one value: "@h:" then one bucket line and an empty line.
cmd: ./bpfscope -e 'BEGIN { @h = hist(5); exit(); }'
stdout:
stdout:
stdout: @h:
stdout: [4, 8)                 1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|
stdout:
