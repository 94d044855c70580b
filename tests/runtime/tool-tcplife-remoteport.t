# bpfscope tcplife -D 29417: only the client's end (remote port 29417) of the workload's
# connection, 1 KiB sent and 3 KiB received.
skip-unless: test -x /usr/bin/python3
cmd: ./bpfscope tcplife -D 29417 --cmd "/usr/bin/python3 tests/fixtures/tcp_workload.py transfer 29417 4 $TEST_TMP/ports 1 3 0" 2>/dev/null >$TEST_TMP/out; . $TEST_TMP/ports; sed -E "s/^$pid /PID /; s/ $cport / CPORT /" $TEST_TMP/out
stdout-re: ^PID +python3 +127\.0\.0\.1 +CPORT 127\.0\.0\.1 +29417 +1 +3 [0-9]+\.[0-9]{2}$
stdout-lines: 4
