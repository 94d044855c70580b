# A program of only BEGIN probes exits after them; maps print sorted by name.
skip-unless: test "$(id -u)" = 0
cmd: ./bpfscope -e 'BEGIN { @y[1, "a"] = 2; @x = 1; @c = count(); }'
stdout:
stdout:
stdout: @c: 1
stdout: @x: 1
stdout: @y[1, a]: 2
stderr: Attached 1 probe
