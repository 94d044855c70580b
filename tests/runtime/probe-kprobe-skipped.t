# A kprobe count (needs kprobes; skipped on kernels without them).
cmd: ./bpfscope -e 'kprobe:do_nanosleep /pid == cpid/ { @ = count(); }' -c '/bin/sleep 0.01'
skip-unless: test -e /sys/kernel/tracing/kprobe_events
stdout-re: ^@: [1-9]
