# cpudist -m 1 2: two one-second summaries, each a time then the millisecond histogram, then it exits by itself.
cmd: ./bpfscope cpudist -m 1 2 2>/dev/null >$TEST_TMP/out; grep -cE '^[0-9]{2}:[0-9]{2}:[0-9]{2}$' $TEST_TMP/out; grep -c '^@msecs:$' $TEST_TMP/out
stdout: 2
stdout: 2
