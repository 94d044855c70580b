# bpfscope tcpdrop shows a dropped segment's TCP flags in bcc's order, joined by "|": two segments
# sent through a raw socket to a closed port, with FIN, PSH, ACK, URG and with SYN, RST, ECE, CWR.
skip-unless: test -x /usr/bin/python3
cmd: ./bpfscope tcpdrop --cmd "sh -c '/usr/bin/python3 tests/fixtures/tcp_workload.py segment 29427 4 $TEST_TMP/a 57 29431; /usr/bin/python3 tests/fixtures/tcp_workload.py segment 29427 4 $TEST_TMP/b 198 29432'" 2>/dev/null | grep -E ':2943[12] > .*:29427 '
stdout-re: ^[0-9:]{8} [0-9]+ +[^ ]+ +4        127\.0\.0\.1:29431 >       127\.0\.0\.1:29427 - \(FIN\|PSH\|ACK\|URG\) SKB_DROP_REASON_NO_SOCKET$
stdout-re: ^[0-9:]{8} [0-9]+ +[^ ]+ +4        127\.0\.0\.1:29432 >       127\.0\.0\.1:29427 - \(SYN\|RST\|ECE\|CWR\) SKB_DROP_REASON_NO_SOCKET$
stdout-lines: 2
