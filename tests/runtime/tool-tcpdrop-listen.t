# bpfscope tcpdrop: a SYN with FIN set, sent through a raw socket to a listener on port 29428, is
# dropped by the listening socket (state LISTEN) with the reason TCP_FLAGS, in tcp_rcv_state_process.
skip-unless: test -x /usr/bin/python3
cmd: ./bpfscope tcpdrop --cmd "/usr/bin/python3 tests/fixtures/tcp_workload.py segment 29428 4 $TEST_TMP/a 3 29433 1" 2>/dev/null | sed -n '/:29433 > .*:29428 /,/^$/p' | head -8
stdout-re: ^[0-9:]{8} [0-9]+ +[^ ]+ +4        127\.0\.0\.1:29433 >       127\.0\.0\.1:29428 LISTEN \(FIN\|SYN\) SKB_DROP_REASON_TCP_FLAGS$
stdout-re: ^        tcp_rcv_state_process\+[0-9]+$
