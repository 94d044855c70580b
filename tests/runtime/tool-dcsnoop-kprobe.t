# bpfscope dcsnoop on a kernel with kprobes: a stat of a name that is not in the dcache is a miss (M) by stat.
skip-unless: test -e /sys/bus/event_source/devices/kprobe
cmd: ./bpfscope dcsnoop --cmd "stat $TEST_TMP/dcsnoop-miss-marker" 2>/dev/null
stdout-re: ^TIME     PID    COMM             T FILE$
stdout-re: ^[0-9]+ +[0-9]+ +stat +M dcsnoop-miss-marker$
