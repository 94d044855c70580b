# offcputime -p PID keeps only that process: a shell (a copy with a name of its own) that waits on short sleeps shows blocked in wait4, and nothing else does.
cmd: cp /bin/dash $TEST_TMP/offcpu-loop && { $TEST_TMP/offcpu-loop -c 'while :; do sleep 0.05; done' & } && ./bpfscope offcputime -f -p $! 1 2>/dev/null >$TEST_TMP/out; kill %1; awk '/^offcpu-loop;.*do_wait/ { w++ } !/^offcpu-loop;/ { other++ } END { print (w > 0) ? "waits in wait4" : "none"; print other + 0 }' $TEST_TMP/out
stdout: waits in wait4
stdout: 0
