# bpfscope tcplife -L 29416 -T: of an IPv6 loopback connection to port 29416 only the server's
# end (local port 29416) is shown, with the time first: 10 KiB received, 20 KiB sent.
skip-unless: test -x /usr/bin/python3
cmd: ./bpfscope tcplife -L 29416 -T --cmd "/usr/bin/python3 tests/fixtures/tcp_workload.py transfer 29416 6 $TEST_TMP/ports 10 20 0" 2>/dev/null >$TEST_TMP/out; . $TEST_TMP/ports; sed -E "s/ $pid / PID /; s/ $cport / CPORT /" $TEST_TMP/out
stdout-re: ^TIME     PID   COMM       LADDR           LPORT RADDR           RPORT TX_KB RX_KB MS$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} PID +python3 +::1 +29416 ::1 +CPORT +20 +10 [0-9]+\.[0-9]{2}$
stdout-lines: 4
