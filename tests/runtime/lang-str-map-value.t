# A string stored in a map.
cmd: ./bpfscope -e 'BEGIN { @s = "hello"; exit(); }'
stdout:
stdout:
stdout: @s: hello
