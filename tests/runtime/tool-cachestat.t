# bpfscope cachestat -p: one process reading an 8 MiB file that is not cached (written with O_DIRECT) twice, once the tracer has attached: 2048 misses (the first pass) and at least as many hits (the second), over two one-second lines.
skip-unless: df "${TMPDIR:-/tmp}" | tail -1 | grep -q '^/dev/'
cmd: f=$TEST_TMP/cs.dat; dd if=/dev/zero of=$f bs=1M count=8 oflag=direct status=none; mkfifo $TEST_TMP/go; (read x < $TEST_TMP/go; exec cat $f $f >/dev/null) & p=$!; timeout 8 ./bpfscope cachestat -p $p 1 2 2>$TEST_TMP/err > $TEST_TMP/out & t=$!; for i in $(seq 80); do grep -q Tracing $TEST_TMP/err && break; sleep 0.05; done; echo go > $TEST_TMP/go; wait $p; wait $t; rm -f $f; head -1 $TEST_TMP/out; awk 'NR > 1 && NF == 6 { h += $1; m += $2; n++ } END { print n, ((m >= 2048 && m < 2300) ? "misses ok" : "misses " m), (h >= 2048 ? "hits ok" : "hits " h) }' $TEST_TMP/out
stdout:     HITS   MISSES  DIRTIES HITRATIO   BUFFERS_MB  CACHED_MB
stdout: 2 misses ok hits ok
