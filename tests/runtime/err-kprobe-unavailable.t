# On a kernel without kprobes, a kprobe fails with a message naming kprobes.
cmd: ./bpfscope -e 'kprobe:do_nanosleep { }'
skip-unless: ! test -e /sys/kernel/tracing/kprobe_events
exit: 1
stdout-empty
stderr-re: [Kk]probe
