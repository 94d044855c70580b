# The anonymous map @ prints as "@: N".
cmd: ./bpfscope -e 'BEGIN { @ = 3; exit(); }'
stdout:
stdout:
stdout: @: 3
