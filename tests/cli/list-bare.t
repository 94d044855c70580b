# -l alone lists every kernel probe, provider by provider in alphabetical
# order, as bpftrace does (iter listings are not written yet). kprobe
# functions are listed from kallsyms even on kernels without kprobes.
skip-unless: test -r /sys/kernel/tracing/available_events || test -r /sys/kernel/debug/tracing/available_events || test "$(id -u)" = 0
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope -l | cut -d: -f1 | uniq
stdout: fentry
stdout: hardware
stdout: kprobe
stdout: rawtracepoint
stdout: software
stdout: tracepoint
stderr-empty
