# cpudist -O -m -P: a 300 ms sleep is one off-CPU stretch in the [256, 512) ms bucket of the sleeper's histogram (a copy of sleep with a name of its own).
cmd: cp /bin/sleep $TEST_TMP/cpudist-nap && ./bpfscope cpudist -O -m -P --cmd "$TEST_TMP/cpudist-nap 0.3" 2>/dev/null >$TEST_TMP/out; awk '/^@pid_msecs\[[0-9]+, cpudist-nap\]:$/ { on = 1; next } /^$/ { on = 0 } on && $1 == "[256," && $3 == 1 { print "300 ms off-CPU" }' $TEST_TMP/out
stdout: 300 ms off-CPU
