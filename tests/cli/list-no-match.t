# No match lists nothing and is not an error (bpftrace exits 0 too).
skip-unless: test -r /sys/kernel/tracing/available_events || test -r /sys/kernel/debug/tracing/available_events || test "$(id -u)" = 0
cmd: ./bpfscope -l 'tracepoint:no_such_category:*'
stdout-empty
stderr-empty
