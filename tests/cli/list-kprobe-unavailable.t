# Without kprobes in the kernel, kprobe:NAME still lists the functions
# (from kallsyms) and warns that they cannot be probed here.
skip-unless: ./bpfscope -l 'software:dummy' >/dev/null && test ! -e /sys/bus/event_source/devices/kprobe/type && ! ls /sys/kernel/tracing/kprobe_events /sys/kernel/debug/tracing/kprobe_events 2>/dev/null | grep -q .
skip-unless: test -r /proc/kallsyms && grep -q ' vfs_read$' /proc/kallsyms
cmd: ./bpfscope -l 'kprobe:vfs_read'
stdout: kprobe:vfs_read
stderr-lines: 1
stderr-re: ^bpfscope: warning: no kprobes on this kernel .*use tracepoint: or rawtracepoint: probes instead$
