# ffaults -p: only the faults of that process (a cat that starts once the tracer has attached): its own binary and libc, not the tracer's own faults on bpfscope, which the system-wide view shows.
cmd: mkfifo $TEST_TMP/go; (read x < $TEST_TMP/go; exec cat /etc/hostname >/dev/null) & p=$!; ./bpfscope ffaults -p $p 2>$TEST_TMP/err & t=$!; for i in $(seq 80); do grep -q Tracing $TEST_TMP/err && break; sleep 0.05; done; echo go > $TEST_TMP/go; wait $p; kill -INT $t; wait $t
stdout-re: ^@\[cat\]: [0-9]+$
stdout-re: ^@\[libc\.so\.6\]: [0-9]+$
stdout-not-re: ^@\[bpfscope\]
