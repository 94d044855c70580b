# difffolded: every stack of either profile with both counts, sorted.
cmd: printf 'main;foo 10\nmain;bar 5\nmain;foo 2\n' >$TEST_TMP/1 && printf 'main;foo 6\nmain;bar 10\nmain;baz 3\n' >$TEST_TMP/2 && ./bpfscope difffolded $TEST_TMP/1 $TEST_TMP/2
stdout: main;bar 5 10
stdout: main;baz 0 3
stdout: main;foo 12 6
stderr-empty
