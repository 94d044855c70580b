# -l FILE lists the probes of the program in FILE, with -v their arguments.
skip-unless: test -r /sys/kernel/tracing/available_events || test -r /sys/kernel/debug/tracing/available_events || test "$(id -u)" = 0
cmd: printf 'tracepoint:sched:sched_process_exec { }\n' > $TEST_TMP/p.bt && ./bpfscope -lv $TEST_TMP/p.bt
stdout: tracepoint:sched:sched_process_exec
stdout:     __data_loc char[] filename
stdout:     pid_t pid
stdout:     pid_t old_pid
stderr-empty
