# Without root, tracefs is unreadable: the error says so, and the providers
# that need no tracefs are still listed.
skip-unless: test "$(id -u)" = 0 && command -v setpriv
skip-unless: test "$(stat -c %a /sys/kernel/tracing 2>/dev/null)" = 700 || ! test -d /sys/kernel/tracing/events
cmd: setpriv --reuid=65534 --regid=65534 --clear-groups ./bpfscope -l 's:dummy,t:sched:sched_switch'
exit: 1
stdout: software:dummy:
stderr-re: ^bpfscope: error: tracefs: .*(Permission denied \(run as root\)|mounting it needs root)
