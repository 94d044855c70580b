# bpfscope cachestat -p: one process reading an 8 MiB file that is not cached (written with O_DIRECT) twice: 2048 misses (the first pass), at least as many hits (the second), over three one-second lines.
skip-unless: df /var/tmp | tail -1 | grep -q '^/dev/'
cmd: f=/var/tmp/bpfscope-cs.$$; dd if=/dev/zero of=$f bs=1M count=8 oflag=direct status=none; (sleep 1.2; exec cat $f $f >/dev/null) & timeout 8 ./bpfscope cachestat -p $! 1 3 2>/dev/null > $TEST_TMP/out; rm -f $f; head -1 $TEST_TMP/out; awk 'NR > 1 && NF == 4 { h += $1; m += $2; n++ } END { print n, ((m >= 2048 && m < 2300) ? "misses ok" : "misses " m), (h >= 2048 ? "hits ok" : "hits " h) }' $TEST_TMP/out
stdout:     HITS   MISSES  DIRTIES HITRATIO
stdout: 3 misses ok hits ok
