# bpfscope undump -p PID: of two processes reading from socketpairs at the same time, only PID's
# read shows up.
skip-unless: test -x /usr/bin/python3
cmd: for m in one two; do (while [ ! -e $TEST_TMP/go ]; do sleep 0.02; done; exec /usr/bin/python3 -c "import socket; a, b = socket.socketpair(); a.sendall(b'undump-pid-$m'); b.recv(100); open('$TEST_TMP/done-$m', 'w').write('1')") & eval pid_$m=\$!; done; ./bpfscope undump -p $pid_one --cmd "sh -c 'touch $TEST_TMP/go; while [ ! -s $TEST_TMP/done-one ] || [ ! -s $TEST_TMP/done-two ]; do sleep 0.05; done'" 2>/dev/null >$TEST_TMP/out; wait; sed "s/ $pid_one / PID /" $TEST_TMP/out
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} python3          PID +14       undump-pid-one$
stdout-not-re: undump-pid-two
stdout-lines: 4
