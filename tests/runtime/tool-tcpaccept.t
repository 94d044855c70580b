# bpfscope tcpaccept shows a connection accepted on 127.0.0.1 port 29413: the accepting process's
# pid and comm, the client's address and port, the listener's address and port.
skip-unless: test -x /usr/bin/python3
cmd: ./bpfscope tcpaccept --cmd "/usr/bin/python3 tests/fixtures/tcp_workload.py accept 29413 4 $TEST_TMP/ports" 2>/dev/null >$TEST_TMP/out; . $TEST_TMP/ports; sed -E "s/ $pid / PID /; s/ $cport / CPORT /" $TEST_TMP/out
stdout-re: ^TIME     PID     COMM           RADDR            RPORT LADDR            LPORT$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} PID +python3 +127\.0\.0\.1 +CPORT 127\.0\.0\.1 +29413$
