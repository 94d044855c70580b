# A string key prints without quotes: "@[abc]: 3".
cmd: ./bpfscope -e 'BEGIN { @["abc"] = 3; exit(); }'
stdout:
stdout:
stdout: @[abc]: 3
