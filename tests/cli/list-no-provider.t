# A pattern without a provider searches every kernel provider.
skip-unless: test -r /sys/kernel/tracing/available_events || test -r /sys/kernel/debug/tracing/available_events || test "$(id -u)" = 0
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope -l '*sched_switch*'
stdout: rawtracepoint:vmlinux:sched_switch
stdout: tracepoint:sched:sched_switch
stderr-empty
