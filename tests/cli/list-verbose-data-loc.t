# -lv shows a __data_loc string field as written in the format file.
skip-unless: test -r /sys/kernel/tracing/available_events || test -r /sys/kernel/debug/tracing/available_events || test "$(id -u)" = 0
cmd: ./bpfscope -l -v 'tracepoint:sched:sched_process_exec'
stdout-re: ^    __data_loc char\[\] filename$
stdout-re: ^    pid_t old_pid$
stderr-empty
