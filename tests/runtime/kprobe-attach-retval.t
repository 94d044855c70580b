# With kprobes: kretprobe retval of vfs_read (needs kprobes; skipped without them).
skip-unless: test -e /sys/kernel/tracing/kprobe_events
cmd: ./bpfscope -e 'kretprobe:vfs_read /pid == cpid/ { @ = max(retval); }' -c '/bin/cat /etc/hostname'
stdout-re: ^@: [1-9]
