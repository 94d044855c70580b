# --dry-run of a kprobe on a kernel without kprobes: the missing feature, a tracepoint to use, exit 1, nothing left behind.
skip-unless: ! test -e /sys/kernel/tracing/kprobe_events && ! test -e /sys/bus/event_source/devices/kprobe
cmd: tests/lib/no-leftovers -- ./bpfscope --dry-run -e 'kprobe:vfs_read { @ = count(); }'
exit: 1
stdout-empty
stderr: bpfscope: error: kprobe: cannot attach to vfs_read: kprobes are not available: this kernel was built without CONFIG_KPROBES (no /sys/bus/event_source/devices/kprobe and no kprobe_events in tracefs); use tracepoint:syscalls:sys_enter_read or tracepoint:syscalls:sys_enter_pread64 instead
