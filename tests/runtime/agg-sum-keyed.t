# sum() per key.
cmd: ./bpfscope -e 'BEGIN { @s[1] = sum(5); @s[2] = sum(1); @s[1] = sum(5); exit(); }'
stdout:
stdout:
stdout: @s[2]: 1
stdout: @s[1]: 10
