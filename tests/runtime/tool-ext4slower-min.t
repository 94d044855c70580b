# ext4slower's default threshold is 10 ms: cat's fast page-cache opens and reads of a marker file
# do not show (only the column header does).
skip-unless: stat -f -c %T "${TMPDIR:-/tmp}" | grep -q ext2/ext3
cmd: echo data > $TEST_TMP/e4min-mark; ./bpfscope ext4slower --cmd "sh -c 'cat $TEST_TMP/e4min-mark $TEST_TMP/e4min-mark >/dev/null'" 2>/dev/null | grep -E 'e4min-mark$|^TIME'
stdout: TIME     COMM           PID    T BYTES   OFF_KB   LAT(ms) FILENAME
