# bpfscope tcpretrans -c counts retransmits per flow: the IPv6 SYN retransmits of connects to a
# full accept queue, keyed by the client's address and port and the listener's.
skip-unless: test -x /usr/bin/python3
cmd: ./bpfscope tcpretrans -c --cmd "/usr/bin/python3 tests/fixtures/tcp_workload.py backlog 29412 6 $TEST_TMP/ports 1 4 1.8" 2>/dev/null >$TEST_TMP/out; . $TEST_TMP/ports; for p in $cport; do grep -E "^@retransmits\[::1, $p, ::1, 29412\]: [0-9]+$" $TEST_TMP/out | sed "s/, $p,/, CPORT,/"; done
stdout-re: ^@retransmits\[::1, CPORT, ::1, 29412\]: [12]$
