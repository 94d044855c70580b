# @x++ and @x += N on maps.
cmd: ./bpfscope -e 'BEGIN { @x++; @x++; @x += 5; @x -= 2; exit(); }'
stdout:
stdout:
stdout: @x: 5
