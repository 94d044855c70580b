# ext4dist -T -m 2 1: after two seconds it prints the time and millisecond histograms of the reads
# of a marker file by the traced shell (the read builtin) meanwhile, and stops by itself (count 1).
skip-unless: stat -f -c %T "${TMPDIR:-/tmp}" | grep -q ext2/ext3
cmd: echo data > $TEST_TMP/e4int-mark; ( until grep -q Hit $TEST_TMP/err 2>/dev/null; do sleep 0.05; done; for i in 1 2 3 4 5 6 7 8 9 10; do read line < $TEST_TMP/e4int-mark; done; exec sleep 5 ) & ./bpfscope ext4dist -T -m -p $! 2 1 2>$TEST_TMP/err; kill $!; cat $TEST_TMP/err >&2
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2}$
stdout-re: ^@msecs\[read\]:$
stdout-re: ^\[0\] +[0-9]+ \|@+ *\|$
stdout-not-re: ^@usecs
