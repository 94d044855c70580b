# A pattern without a provider searches every kernel provider.
skip-unless: test -r /sys/kernel/tracing/available_events || test -r /sys/kernel/debug/tracing/available_events || test "$(id -u)" = 0
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope -l '*sched_switch*'
stdout-re: ^fentry:vmlinux:__traceiter_sched_switch$
stdout-re: ^kprobe:__traceiter_sched_switch$
stdout-re: ^rawtracepoint:vmlinux:sched_switch$
stdout-re: ^tracepoint:sched:sched_switch$
stdout-not-re: ^kretprobe:|^fexit:|__pfx_
stderr-empty
