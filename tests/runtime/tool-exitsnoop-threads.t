# exitsnoop --per-thread also shows a thread's exit (TID other than PID), not only the main thread's.
skip-unless: command -v cc
cmd: cc -O1 -o $TEST_TMP/threxit tests/fixtures/thread_create.c -lpthread && out=$(./bpfscope exitsnoop --per-thread --cmd $TEST_TMP/threxit 2>/dev/null); p=$(echo "$out" | sed -n 's/^pid=//p'); echo "$out" | sed "s/ $p / PID /g"
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} threxit +PID +[0-9]+ +[0-9]+ +[0-9]+\.[0-9]{2}    0$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} threxit +PID +[0-9]+ +PID +[0-9]+\.[0-9]{2}    0$
