# -lv on a syscall tracepoint, as in bpftrace's manual.
skip-unless: test -r /sys/kernel/tracing/available_events || test -r /sys/kernel/debug/tracing/available_events || test "$(id -u)" = 0
cmd: ./bpfscope -lv 't:syscalls:sys_enter_openat'
stdout: tracepoint:syscalls:sys_enter_openat
stdout:     int __syscall_nr
stdout:     int dfd
stdout:     const char * filename
stdout:     int flags
stdout:     umode_t mode
stderr-empty
