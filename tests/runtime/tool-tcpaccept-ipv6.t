# bpfscope tcpaccept -P 29414 -t: an IPv6 accept on ::1 port 29414, with seconds since the start
# first; -P keeps only connections to that local port.
skip-unless: test -x /usr/bin/python3
cmd: ./bpfscope tcpaccept -t -P 29414 --cmd "/usr/bin/python3 tests/fixtures/tcp_workload.py accept 29414 6 $TEST_TMP/ports" 2>/dev/null >$TEST_TMP/out; . $TEST_TMP/ports; sed -E "s/ $pid / PID /; s/ $cport / CPORT /" $TEST_TMP/out
stdout-re: ^TIME\(s\)   TIME     PID     COMM           RADDR            RPORT LADDR            LPORT$
stdout-re: ^ +[0-9]+\.[0-9]{3} [0-9]{2}:[0-9]{2}:[0-9]{2} PID +python3 +::1 +CPORT ::1 +29414$
stdout-lines: 4
