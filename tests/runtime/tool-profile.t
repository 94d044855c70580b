# bpfscope profile (at 199 Hz, for enough samples on a loaded machine): a busy program's hot function shows up in its sampled stacks, under its callers, keyed with the program's name; the banner goes to stderr.
cmd: cc -O1 -fno-omit-frame-pointer -o $TEST_TMP/profbusy tests/fixtures/busy.c && ./bpfscope profile -F 199 --cmd "$TEST_TMP/profbusy 1500" 2>$TEST_TMP/err >$TEST_TMP/out; grep -c '^Sampling all threads by user + kernel stack\.\.\. Hit Ctrl-C to end\.$' $TEST_TMP/err; awk '/^@\[/ { hot = 0 } /^        hot_loop\+[0-9]+$/ { hot = 1 } /^        warm_up\+[0-9]+$/ && hot { hot = 2 } /^, profbusy\]: [0-9]+$/ && hot == 2 { n += $NF } END { print (n >= 5) ? "hot_loop under warm_up" : "samples " n }' $TEST_TMP/out
stdout: 1
stdout: hot_loop under warm_up
