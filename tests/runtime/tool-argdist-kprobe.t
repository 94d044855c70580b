# argdist on a kernel function's return (r::) makes a kretprobe; without kprobes it stops with the tracer's message.
skip-unless: test ! -e /sys/bus/event_source/devices/kprobe
cmd: ./bpfscope argdist -H 'r::vfs_read():int:$retval'
exit: 1
stdout-empty
stderr-re: ^bpfscope: error: kretprobe: cannot attach to vfs_read: kprobes are not available
