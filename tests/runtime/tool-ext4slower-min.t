# ext4slower's default threshold is 10 ms: fast page-cache reads of a marker file do not show,
# and -p keeps only the given process (pid 1 does not read the marker).
skip-unless: stat -f -c %T "${TMPDIR:-/tmp}" | grep -q ext2/ext3
cmd: echo data > $TEST_TMP/e4min-mark; ./bpfscope ext4slower --cmd "sh -c 'cat $TEST_TMP/e4min-mark $TEST_TMP/e4min-mark >/dev/null'" 2>/dev/null | grep -E 'e4min-mark$|^TIME'; ./bpfscope ext4slower -p 1 0 --cmd "dd if=$TEST_TMP/e4min-mark of=/dev/null status=none" 2>/dev/null | grep -c e4min-mark || true
stdout: TIME     COMM           PID    T BYTES   OFF_KB   LAT(ms) FILENAME
stdout: 0
