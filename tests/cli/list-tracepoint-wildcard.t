# tracepoint:sched:* lists the whole sched category and nothing else.
skip-unless: test -r /sys/kernel/tracing/available_events || test -r /sys/kernel/debug/tracing/available_events || test "$(id -u)" = 0
cmd: ./bpfscope -l 'tracepoint:sched:*' | awk '!/^tracepoint:sched:/ { bad++ } /^tracepoint:sched:sched_switch$/ { sw++ } END { print (NR > 10 ? "many" : "few"), bad + 0, sw + 0 }'
stdout: many 0 1
stderr-empty
