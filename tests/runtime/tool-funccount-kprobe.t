# funccount with a kernel-function pattern makes kprobes; on a kernel without them it stops with the tracer's message naming what is missing.
skip-unless: test ! -e /sys/bus/event_source/devices/kprobe
cmd: ./bpfscope funccount 'vfs_rea*'
exit: 1
stdout-empty
stderr-re: ^bpfscope: error: kprobe: cannot attach to vfs_read: kprobes are not available
