# bpfscope profile: a busy program's hot function shows up in its sampled stacks, under its callers, with the program's name.
cmd: cc -O1 -fno-omit-frame-pointer -o $TEST_TMP/profbusy tests/fixtures/busy.c && ./bpfscope profile --cmd "$TEST_TMP/profbusy 1200" 2>/dev/null >$TEST_TMP/out && grep -c '^        hot_loop+[0-9]*$' $TEST_TMP/out | sed 's/^[1-9][0-9]*$/hot_loop sampled/' && ./bpfscope fold <$TEST_TMP/out | awk '/^profbusy;.*main;warm_up;hot_loop / { n += $NF } END { print (n >= 20) ? "folded under main;warm_up" : "samples " n }'
stdout: hot_loop sampled
stdout: folded under main;warm_up
