# Two keys print as "@[1, abc]: 2".
cmd: ./bpfscope -e 'BEGIN { @[1, "abc"] = 2; exit(); }'
stdout:
stdout:
stdout: @[1, abc]: 2
