# kretprobe fails the same way on a kernel without kprobes.
cmd: ./bpfscope -e 'kretprobe:do_nanosleep { }'
skip-unless: ! test -e /sys/kernel/tracing/kprobe_events
exit: 1
stdout-empty
stderr-re: [Kk](ret)?probe
