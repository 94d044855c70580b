# -l alone lists every kernel probe, provider by provider in alphabetical
# order, as bpftrace does (fentry and iter listings are not written yet).
skip-unless: test -r /sys/kernel/tracing/available_events || test -r /sys/kernel/debug/tracing/available_events || test "$(id -u)" = 0
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope -l | cut -d: -f1 | uniq
stdout: hardware
stdout: rawtracepoint
stdout: software
stdout: tracepoint
stderr-empty
