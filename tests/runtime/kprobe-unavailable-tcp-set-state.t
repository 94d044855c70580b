# Without kprobes, tcp_set_state points at the sock:inet_sock_set_state tracepoint and raw tracepoint.
skip-unless: ! test -e /sys/kernel/tracing/kprobe_events && ! test -e /sys/bus/event_source/devices/kprobe
cmd: tests/lib/no-leftovers -- ./bpfscope -e 'kretprobe:tcp_set_state { @ = count(); }'
exit: 1
stdout-empty
stderr-lines: 1
stderr-re: ^bpfscope: error: kretprobe: cannot attach to tcp_set_state: kprobes are not available: .*; use tracepoint:sock:inet_sock_set_state or rawtracepoint:inet_sock_set_state instead$
