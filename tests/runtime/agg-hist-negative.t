# A negative value goes to (..., 0).
cmd: ./bpfscope -e 'BEGIN { @h = hist(-1); exit(); }'
stdout:
stdout:
stdout: @h:
stdout: (..., 0)               1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|
stdout:
