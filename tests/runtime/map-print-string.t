# print() of a string map.
cmd: ./bpfscope -e 'BEGIN { @s = "v"; print(@s); clear(@s); exit(); }'
stdout: @s: v
stdout:
stdout:
