# bpfscope tcpaccept -p PID: of two processes accepting at the same time (ports 29424, 29425),
# only PID's accept shows up.
skip-unless: test -x /usr/bin/python3
cmd: for p in 29424 29425; do (while [ ! -e $TEST_TMP/go ]; do sleep 0.02; done; exec /usr/bin/python3 tests/fixtures/tcp_workload.py accept $p 4 $TEST_TMP/ports-$p) & eval pid_$p=\$!; done; ./bpfscope tcpaccept -p $pid_29424 --cmd "sh -c 'touch $TEST_TMP/go; while [ ! -s $TEST_TMP/ports-29424 ] || [ ! -s $TEST_TMP/ports-29425 ]; do sleep 0.05; done'" 2>/dev/null >$TEST_TMP/out; wait; sed "s/ $pid_29424 / PID /" $TEST_TMP/out
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} PID +python3 +127\.0\.0\.1 +[0-9]+ +127\.0\.0\.1 +29424$
stdout-not-re: 29425$
stdout-lines: 4
