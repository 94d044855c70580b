# offcputime -K keys by kernel stack only (@kernel, and no @ map of both stacks); -M drops blocks longer than its bound, so a 300 ms sleep with -M 200000 is not there.
cmd: cp /bin/sleep $TEST_TMP/offcpu-knap && ./bpfscope offcputime -K -m 100000 --cmd "$TEST_TMP/offcpu-knap 0.3" 2>/dev/null >$TEST_TMP/k && ./bpfscope offcputime -m 100000 -M 200000 --cmd "$TEST_TMP/offcpu-knap 0.3" 2>/dev/null >$TEST_TMP/m && grep -c '^, offcpu-knap\]: [0-9]*$' $TEST_TMP/k; { grep -c '^@\[' $TEST_TMP/k || true; }; grep -c 'offcpu-knap\]' $TEST_TMP/m || true
stdout: 1
stdout: 0
stdout: 0
