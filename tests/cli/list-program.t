# -l with a program lists its attach points expanded; begin/end are not probes
# to list. Software events print without their count.
skip-unless: test -r /sys/kernel/tracing/available_events || test -r /sys/kernel/debug/tracing/available_events || test "$(id -u)" = 0
cmd: ./bpfscope -l -e 'tracepoint:sched:sched_switch, software:cpu-clock:1000 { } begin { } interval:s:1 { exit(); }'
stdout: tracepoint:sched:sched_switch
stdout: software:cpu-clock:
stdout: interval:s:
stderr-empty
