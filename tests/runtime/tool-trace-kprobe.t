# trace 'p::vfs_read' makes a kprobe; on a kernel without kprobes it stops with the tracer's message naming what is missing.
skip-unless: test ! -e /sys/bus/event_source/devices/kprobe
cmd: ./bpfscope trace 'p::vfs_read "%d", arg3'
exit: 1
stderr-re: kprobes are not available
