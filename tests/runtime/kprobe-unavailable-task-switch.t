# Without kprobes, finish_task_switch points at sched:sched_switch.
skip-unless: ! test -e /sys/kernel/tracing/kprobe_events && ! test -e /sys/bus/event_source/devices/kprobe
cmd: ./bpfscope -e 'kprobe:finish_task_switch { @ = count(); }'
exit: 1
stdout-empty
stderr-lines: 1
stderr-re: CONFIG_KPROBES.*; use tracepoint:sched:sched_switch or rawtracepoint:sched_switch instead$
