# -lv shows a tracepoint's own fields as its format file declares them,
# without the common_ header fields.
skip-unless: test -r /sys/kernel/tracing/available_events || test -r /sys/kernel/debug/tracing/available_events || test "$(id -u)" = 0
cmd: ./bpfscope -lv 'tracepoint:sched:sched_switch'
stdout-re: ^tracepoint:sched:sched_switch$
stdout-re: ^    pid_t prev_pid$
stdout-re: ^    char prev_comm\[16\]$
stdout-re: ^    pid_t next_pid$
stdout-not-re: common_
stdout-not-re: ;
stderr-empty
