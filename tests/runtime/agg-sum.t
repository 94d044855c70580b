# sum() adds its arguments.
cmd: ./bpfscope -e 'BEGIN { @s = sum(3); @s = sum(7); exit(); }'
stdout:
stdout:
stdout: @s: 10
