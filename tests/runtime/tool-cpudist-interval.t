# cpudist -m 1 2: two one-second summaries, each a time then the millisecond histogram, then it exits by itself (what came after the last summary prints at exit).
cmd: timeout 8 ./bpfscope cpudist -m 1 2 2>/dev/null >$TEST_TMP/out; echo "exit $?"; grep -cE '^[0-9]{2}:[0-9]{2}:[0-9]{2}$' $TEST_TMP/out; grep -c '^@msecs:$' $TEST_TMP/out | sed 's/^[23]$/histograms/'
stdout: exit 0
stdout: 2
stdout: histograms
