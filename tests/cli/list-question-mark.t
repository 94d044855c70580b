# ? matches one character.
skip-unless: test -r /sys/kernel/tracing/available_events || test -r /sys/kernel/debug/tracing/available_events || test "$(id -u)" = 0
cmd: ./bpfscope -l 'tracepoint:sched:sched_w?king'
stdout: tracepoint:sched:sched_waking
stderr-empty
