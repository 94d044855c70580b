# A string variable as key.
cmd: ./bpfscope -e 'BEGIN { $k = "key"; @m[$k] = 1; exit(); }'
stdout:
stdout:
stdout: @m[key]: 1
