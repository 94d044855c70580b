# With kprobes: func names the probed function (needs kprobes; skipped without them).
skip-unless: test -e /sys/kernel/tracing/kprobe_events
cmd: ./bpfscope -e 'kprobe:do_nanosleep /pid == cpid/ { @[func] = count(); }' -c '/bin/sleep 0.01'
stdout-re: ^@\[do_nanosleep\]: [1-9]
