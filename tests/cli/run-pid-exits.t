# -p: tracing stops when the traced process exits.
skip-unless: test "$(id -u)" = 0
cmd: sleep 1 & ./bpfscope -q -p $! -e 'tracepoint:sched:sched_switch { @s = 1; }'
stdout:
stdout:
stdout: @s: 1
stderr-empty
