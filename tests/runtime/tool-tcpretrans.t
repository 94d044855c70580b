# bpfscope tcpretrans: connects to a listener whose accept queue is full (listen(1), 4 connects)
# have their SYNs retransmitted after 1 s; each line shows a client port of the workload, the
# listener's port and the state SYN_SENT.
cmd: ./bpfscope tcpretrans --cmd "python3 tests/fixtures/tcp_workload.py backlog 29411 4 $TEST_TMP/ports 1 4 1.5" 2>/dev/null >$TEST_TMP/out; head -1 $TEST_TMP/out; . $TEST_TMP/ports; for p in $cport; do grep -E "^[0-9:]{8} [0-9]+ +4  +127\.0\.0\.1:$p +R> +127\.0\.0\.1:29411 SYN_SENT$" $TEST_TMP/out | sed "s/:$p /:CPORT /"; done
stdout-re: ^TIME     PID    IP LADDR:LPORT          T> RADDR:RPORT          STATE$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} [0-9]+ +4        127\.0\.0\.1:CPORT R>       127\.0\.0\.1:29411 SYN_SENT$
