# Without kprobes in the kernel, kprobe:* lists nothing and says why.
skip-unless: ./bpfscope -l 'software:dummy' >/dev/null && test ! -e /sys/bus/event_source/devices/kprobe/type && ! ls /sys/kernel/tracing/kprobe_events /sys/kernel/debug/tracing/kprobe_events 2>/dev/null | grep -q .
skip-unless: test -r /sys/kernel/tracing/available_events || test "$(id -u)" = 0
cmd: ./bpfscope -l 'kprobe:*'
stdout-empty
stderr-lines: 1
stderr-re: ^bpfscope: warning: no kprobes on this kernel .*use tracepoint: or rawtracepoint: probes instead$
