# Without kprobe support the run fails with the reason and a tracepoint to use.
skip-unless: test "$(id -u)" = 0 && test ! -e /sys/bus/event_source/devices/kprobe
cmd: ./bpfscope -e 'kprobe:do_nanosleep { }'
exit: 1
stdout-empty
stderr-lines: 1
stderr-re: ^bpfscope: error: kprobe: .*not available.*tracepoint:syscalls:sys_enter_clock_nanosleep
