# xfsdist -m draws the same histograms in milliseconds: the marker file's fsync and writes.
skip-unless: command -v mkfs.xfs
cmd: tests/lib/loopfs xfs $TEST_TMP/m tests/lib/traced-pid "python3 tests/fixtures/fs_ops.py $TEST_TMP/m/xfsdist-mark" ./bpfscope xfsdist -m -p PID 2>/dev/null
stdout-re: ^@msecs\[fsync\]:$
stdout-re: ^@msecs\[write\]:$
stdout-re: ^\[0\] +[1-9][0-9]* \|@+ *\|$
stdout-not-re: ^@usecs
