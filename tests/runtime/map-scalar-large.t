# A 64-bit map value.
cmd: ./bpfscope -e 'BEGIN { @x = 1099511627776; exit(); }'
stdout:
stdout:
stdout: @x: 1099511627776
