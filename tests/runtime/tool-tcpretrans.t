# bpfscope tcpretrans: connects to listeners whose accept queue is full (listen(1), 4 connects),
# on 127.0.0.1 and ::1 at once, have their SYNs retransmitted after 1 s; each line shows a client
# port of the workload, the listener's port and the state SYN_SENT.
skip-unless: test -x /usr/bin/python3
cmd: ./bpfscope tcpretrans --cmd "sh -c '/usr/bin/python3 tests/fixtures/tcp_workload.py backlog 29411 4 $TEST_TMP/p4 1 4 1.8 & /usr/bin/python3 tests/fixtures/tcp_workload.py backlog 29426 6 $TEST_TMP/p6 1 4 1.8; wait'" 2>/dev/null >$TEST_TMP/out; head -1 $TEST_TMP/out; for f in p4 p6; do . $TEST_TMP/$f; for p in $cport; do grep -E " [46] +[:.0-9]+:$p +R> " $TEST_TMP/out | sed "s/:$p /:CPORT /"; done; done
stdout-re: ^TIME     PID    IP LADDR:LPORT          T> RADDR:RPORT          STATE$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} [0-9]+ +4        127\.0\.0\.1:CPORT R>       127\.0\.0\.1:29411 SYN_SENT$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} [0-9]+ +6              ::1:CPORT R>             ::1:29426 SYN_SENT$
