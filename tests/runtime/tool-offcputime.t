# bpfscope offcputime: a 300 ms sleep shows as about 300,000 us off-CPU in the sleeper's nanosleep stack (a copy of sleep with a name of its own, so other sleeps on the machine do not count).
cmd: cp /bin/sleep $TEST_TMP/offcpu-nap && ./bpfscope offcputime -m 100000 --cmd "$TEST_TMP/offcpu-nap 0.3" 2>/dev/null >$TEST_TMP/out && grep -c '^        do_nanosleep+[0-9]*$' $TEST_TMP/out | sed 's/^[1-9][0-9]*$/kernel stack/' && ./bpfscope fold <$TEST_TMP/out | awk '/^offcpu-nap;.*clock_nanosleep.*;do_nanosleep;schedule;__schedule / { t += $NF } END { print (t >= 280000 && t <= 600000) ? "300 ms blocked" : "total " t }'
stdout: kernel stack
stdout: 300 ms blocked
