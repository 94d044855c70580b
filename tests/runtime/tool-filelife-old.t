# filelife shows only files created while it traces: a file made before it started and removed by
# rm does not show, a new one made and removed by python3 does.
skip-unless: stat -f -c %T "${TMPDIR:-/tmp}" | grep -q ext2/ext3
cmd: echo > $TEST_TMP/fl-old-mark; ./bpfscope filelife --cmd "sh -c 'rm $TEST_TMP/fl-old-mark; python3 tests/fixtures/fs_ops.py $TEST_TMP/fl-new-mark --unlink 0.1'" 2>/dev/null | grep mark
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} [0-9]+ +python3 +0\.[1-9][0-9]    fl-new-mark$
stdout-not-re: fl-old-mark
