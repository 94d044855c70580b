# bpfscope tcpsynbl: a listener with listen(37) that never accepts takes 3 IPv4 connections
# (0, 1 then 2 already queued), one with listen(38) 6 IPv6 connections (0 to 5 queued): one
# histogram per backlog limit, with those counts.
skip-unless: test -x /usr/bin/python3
cmd: ./bpfscope tcpsynbl --cmd "/usr/bin/python3 tests/fixtures/tcp_workload.py backlog 29418 4 $TEST_TMP/ports 37 3 0; /usr/bin/python3 tests/fixtures/tcp_workload.py backlog 29419 6 $TEST_TMP/ports 38 6 0" 2>/dev/null >$TEST_TMP/out; grep '^@backlog\[backlog' $TEST_TMP/out; sed -n '/^@backlog\[3[78]\]:/,/^$/p' $TEST_TMP/out
stdout: @backlog[backlog limit]: histogram of backlog size
stdout: @backlog[37]:
stdout: [0]                    1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|
stdout: [1]                    1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|
stdout: [2, 4)                 1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|
stdout:
stdout: @backlog[38]:
stdout: [0]                    1 |@@@@@@@@@@@@@@@@@@@@@@@@@@                          |
stdout: [1]                    1 |@@@@@@@@@@@@@@@@@@@@@@@@@@                          |
stdout: [2, 4)                 2 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|
stdout: [4, 8)                 2 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|
stdout:
