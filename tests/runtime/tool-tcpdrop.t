# bpfscope tcpdrop: connects to a closed port (29421) on 127.0.0.1 and ::1 are dropped by
# tcp_v4_rcv/tcp_v6_rcv with the reason NO_SOCKET; each entry shows the client's port, the closed
# port, no socket state, the SYN flag, and the kernel stack from the drop down to the receive path.
skip-unless: test -x /usr/bin/python3
cmd: ./bpfscope tcpdrop --cmd "/usr/bin/python3 tests/fixtures/tcp_workload.py refused 29421 4 $TEST_TMP/p4; /usr/bin/python3 tests/fixtures/tcp_workload.py refused 29421 6 $TEST_TMP/p6" 2>/dev/null >$TEST_TMP/out; head -1 $TEST_TMP/out; for f in p4 p6; do . $TEST_TMP/$f; sed -n "/:$cport > .*:29421 /,/^\$/p" $TEST_TMP/out | sed "s/:$cport /:CPORT /" | head -7; done
stdout-re: ^TIME     PID     COMM             IP SADDR:SPORT          > DADDR:DPORT          STATE \(FLAGS\) REASON$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} [0-9]+ +[^ ]+ +4        127\.0\.0\.1:CPORT >       127\.0\.0\.1:29421 - \(SYN\) SKB_DROP_REASON_NO_SOCKET$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} [0-9]+ +[^ ]+ +6              ::1:CPORT >             ::1:29421 - \(SYN\) SKB_DROP_REASON_NO_SOCKET$
stdout-re: ^        sk_skb_reason_drop\+[0-9]+$
stdout-re: ^        tcp_v4_rcv\+[0-9]+$
stdout-re: ^        tcp_v6_rcv\+[0-9]+$
