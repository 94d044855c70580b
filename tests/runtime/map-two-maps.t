# Two maps of different kinds printed at exit.
cmd: ./bpfscope -e 'BEGIN { @a["k"] = 1; @b = 2; exit(); }'
stdout:
stdout:
stdout: @a[k]: 1
stdout: @b: 2
