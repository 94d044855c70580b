# bpfscope threadsnoop shows a C program's pthread_create with its pid, comm and start routine.
skip-unless: command -v cc
cmd: cc -O1 -o $TEST_TMP/thrsnoop tests/fixtures/thread_create.c -lpthread && out=$(./bpfscope threadsnoop --cmd $TEST_TMP/thrsnoop 2>/dev/null); p=$(echo "$out" | sed -n 's/^pid=//p'); echo "$out" | sed "s/ $p / PID /"
stdout-re: ^TIME\(ms\)   PID    COMM             FUNC$
stdout-re: ^[0-9]+ +PID +thrsnoop +thread_fixture_worker$
