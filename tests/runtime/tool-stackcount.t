# stackcount t:sched:sched_switch counts the stacks where a sleeping process (a copy of sleep with its own name) left the CPU: the kernel's schedule path, then the process and its pid.
cmd: cp /bin/sleep $TEST_TMP/scmark-sleep && ./bpfscope stackcount t:sched:sched_switch --cmd "$TEST_TMP/scmark-sleep 0.2" 2>/dev/null > $TEST_TMP/out; grep -B9 -A1 "^    scmark-sleep \[" $TEST_TMP/out | grep -E '^  (__schedule|do_nanosleep|clock_nanosleep)$|^    scmark-sleep \[[0-9]+\]$|^    [0-9]+$' | sort -u
stdout-re: ^  __schedule$
stdout-re: ^  do_nanosleep$
stdout-re: ^    scmark-sleep \[[0-9]+\]$
stdout-re: ^    1$
