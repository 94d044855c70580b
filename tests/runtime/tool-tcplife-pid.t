# bpfscope tcplife -p PID: of two loopback transfers that run at the same time, only the one made
# by PID shows up (both of its ends); the other process's connection does not.
skip-unless: test -x /usr/bin/python3
cmd: (while [ ! -e $TEST_TMP/go ]; do sleep 0.02; done; exec /usr/bin/python3 tests/fixtures/tcp_workload.py transfer 29422 4 $TEST_TMP/ports 2 1 0) & wpid=$!; (while [ ! -e $TEST_TMP/go ]; do sleep 0.02; done; exec /usr/bin/python3 tests/fixtures/tcp_workload.py transfer 29423 4 $TEST_TMP/other 2 1 0) & ./bpfscope tcplife -p $wpid --cmd "sh -c 'touch $TEST_TMP/go; while [ ! -s $TEST_TMP/ports ] || [ ! -s $TEST_TMP/other ]; do sleep 0.05; done'" 2>/dev/null >$TEST_TMP/out; wait; . $TEST_TMP/ports; sed -E "s/^$wpid /PID /; s/ $cport / CPORT /" $TEST_TMP/out
stdout-re: ^PID +python3 +127\.0\.0\.1 +CPORT 127\.0\.0\.1 +29422 +2 +1 [0-9]+\.[0-9]{2}$
stdout-re: ^PID +python3 +127\.0\.0\.1 +29422 127\.0\.0\.1 +CPORT +1 +2 [0-9]+\.[0-9]{2}$
stdout-lines: 5
