# -l with a program expands tracepoint wildcards against the kernel.
skip-unless: test -r /sys/kernel/tracing/available_events || test -r /sys/kernel/debug/tracing/available_events || test "$(id -u)" = 0
cmd: ./bpfscope -l -e 't:sched:sched_wak* { @[probe] = count(); }'
stdout: tracepoint:sched:sched_wake_idle_without_ipi
stdout: tracepoint:sched:sched_wakeup
stdout: tracepoint:sched:sched_wakeup_new
stdout: tracepoint:sched:sched_waking
stderr-empty
