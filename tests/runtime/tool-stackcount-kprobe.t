# stackcount -r over kernel functions lists them from /proc/kallsyms as kprobes; without kprobes it stops with the tracer's message.
skip-unless: test ! -e /sys/bus/event_source/devices/kprobe
cmd: ./bpfscope stackcount -r '^vfs_read$'
exit: 1
stdout-empty
stderr-re: ^bpfscope: error: kprobe: cannot attach to vfs_read: kprobes are not available
