# Without kprobes, a wildcard fails on its first function, with nothing left behind.
skip-unless: ! test -e /sys/kernel/tracing/kprobe_events && ! test -e /sys/bus/event_source/devices/kprobe
cmd: tests/lib/no-leftovers -- ./bpfscope -e 'BEGIN { } kprobe:vfs_read* { @[func] = count(); }'
exit: 1
stdout-empty
stderr-lines: 1
stderr-re: ^bpfscope: error: kprobe: cannot attach to vfs_read.*: kprobes are not available
