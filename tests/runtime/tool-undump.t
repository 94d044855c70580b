# bpfscope undump: a process writes 19 bytes to one end of a socketpair and reads them from the
# other in two reads (7 bytes, then the 12 left); each read shows the reader's pid and comm, its
# size and its bytes, non-printable ones as \xNN.
skip-unless: test -x /usr/bin/python3
cmd: ./bpfscope undump --cmd "/usr/bin/python3 -c 'import os, socket; a, b = socket.socketpair(); a.sendall(b\"undump-marker-one\x01\n\"); b.recv(7); b.recv(100); open(\"$TEST_TMP/pid\", \"w\").write(str(os.getpid()))'" 2>/dev/null >$TEST_TMP/out; pid=$(cat $TEST_TMP/pid); head -1 $TEST_TMP/out; grep -E " $pid +(7|12) " $TEST_TMP/out | sed "s/ $pid / PID /"
stdout-re: ^TIME     COMM             PID      SIZE     DATA$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} python3          PID +7        undump-$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} python3          PID +12       marker-one\\x01\\x0a$
stdout-lines: 3
