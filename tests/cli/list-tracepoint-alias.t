# The provider alias t: lists under the full provider name.
skip-unless: test -r /sys/kernel/tracing/available_events || test -r /sys/kernel/debug/tracing/available_events || test "$(id -u)" = 0
cmd: ./bpfscope -l 't:sched:sched_switch'
stdout: tracepoint:sched:sched_switch
stderr-empty
