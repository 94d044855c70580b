# cachestat -T -p: 100 buffered 4 KiB writes to a new file by one process show as at least 100 dirtied pages, each line stamped with the time.
skip-unless: df /var/tmp | tail -1 | grep -q '^/dev/'
cmd: f=/var/tmp/bpfscope-csd.$$; (sleep 1.2; exec dd if=/dev/zero of=$f bs=4k count=100 status=none) & timeout 8 ./bpfscope cachestat -T -p $! 1 2 2>/dev/null > $TEST_TMP/out; rm -f $f; head -1 $TEST_TMP/out; awk 'NR > 1 && /^[0-9][0-9]:[0-9][0-9]:[0-9][0-9] / { d += $4; n++ } END { print n, (d >= 100 ? "dirties ok" : "dirties " d) }' $TEST_TMP/out
stdout: TIME         HITS   MISSES  DIRTIES HITRATIO
stdout: 2 dirties ok
