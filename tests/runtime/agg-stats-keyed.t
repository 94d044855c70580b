# stats() per key.
cmd: ./bpfscope -e 'BEGIN { @s["a"] = stats(10); @s["a"] = stats(20); exit(); }'
stdout:
stdout:
stdout: @s[a]: count 2, average 15, total 30
