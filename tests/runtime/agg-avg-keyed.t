# avg() per key.
cmd: ./bpfscope -e 'BEGIN { @a["x"] = avg(10); @a["x"] = avg(20); @a["y"] = avg(2); exit(); }'
stdout:
stdout:
stdout: @a[y]: 2
stdout: @a[x]: 15
