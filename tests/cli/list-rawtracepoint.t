# Raw tracepoints come from kernel BTF, named module:event; -lv prints the
# arguments of the tracepoint's prototype.
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope -lv 'rawtracepoint:sched_switch'
stdout-re: ^rawtracepoint:vmlinux:sched_switch$
stdout-re: ^    struct task_struct \* prev$
stdout-re: ^    struct task_struct \* next$
stderr-empty
