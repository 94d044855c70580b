# bpfscope tcplife: a loopback connection to port 29415 where the client sends 200 KiB and the
# server 50 KiB back, open for 0.3 s; both ends show up with the workload's pid, their ports,
# TX_KB/RX_KB from their side and a lifespan of 300-399 ms.
skip-unless: test -x /usr/bin/python3
cmd: ./bpfscope tcplife --cmd "/usr/bin/python3 tests/fixtures/tcp_workload.py transfer 29415 4 $TEST_TMP/ports 200 50 0.3" 2>/dev/null >$TEST_TMP/out; . $TEST_TMP/ports; sed -E "s/^$pid /PID /; s/ $cport / CPORT /" $TEST_TMP/out
stdout-re: ^PID   COMM       LADDR           LPORT RADDR           RPORT TX_KB RX_KB MS$
stdout-re: ^PID +python3 +127\.0\.0\.1 +CPORT 127\.0\.0\.1 +29415 +200 +50 3[0-9]{2}\.[0-9]{2}$
stdout-re: ^PID +python3 +127\.0\.0\.1 +29415 127\.0\.0\.1 +CPORT +50 +200 3[0-9]{2}\.[0-9]{2}$
