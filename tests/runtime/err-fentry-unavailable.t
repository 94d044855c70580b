# fentry fails with a message on a kernel without fentry.
cmd: ./bpfscope -e 'fentry:vmlinux:do_nanosleep { }'
skip-unless: ! test -e /sys/kernel/tracing/kprobe_events
exit: 1
stdout-empty
stderr-re: fentry|do_nanosleep
