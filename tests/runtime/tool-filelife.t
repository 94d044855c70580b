# filelife: a file that python3 creates on ext4, keeps 0.3 s and deletes shows up with its
# age, the deleting process and the name; -p PID keeps files created by that process.
skip-unless: stat -f -c %T "${TMPDIR:-/tmp}" | grep -q ext2/ext3
cmd: tests/lib/traced-pid "python3 tests/fixtures/fs_ops.py $TEST_TMP/fl-mark --unlink 0.3" ./bpfscope filelife -p PID
stderr-re: ^Tracing the life of new files\.\.\. Hit Ctrl-C to end\.$
stdout-re: ^TIME     PID    COMM             AGE\(s\)  FILE$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} [0-9]+ +python3 +0\.[3-9][0-9]    fl-mark$
