# cachestat -T -p: 100 buffered 4 KiB writes to a new file by one process (started once the tracer has attached) show as at least 100 dirtied pages, each line stamped with the time.
skip-unless: df "${TMPDIR:-/tmp}" | tail -1 | grep -q '^/dev/'
cmd: f=$TEST_TMP/csd.dat; mkfifo $TEST_TMP/go; (read x < $TEST_TMP/go; exec dd if=/dev/zero of=$f bs=4k count=100 status=none) & p=$!; timeout 8 ./bpfscope cachestat -T -p $p 1 2 2>$TEST_TMP/err > $TEST_TMP/out & t=$!; for i in $(seq 80); do grep -q Tracing $TEST_TMP/err && break; sleep 0.05; done; echo go > $TEST_TMP/go; wait $p; wait $t; rm -f $f; head -1 $TEST_TMP/out; awk 'NR > 1 && /^[0-9][0-9]:[0-9][0-9]:[0-9][0-9] / { d += $4; n++ } END { print n, (d >= 100 ? "dirties ok" : "dirties " d) }' $TEST_TMP/out
stdout: TIME         HITS   MISSES  DIRTIES HITRATIO   BUFFERS_MB  CACHED_MB
stdout: 2 dirties ok
