# filelife on a loop-mounted xfs image: python3 creates a file, keeps it 0.3 s and deletes it
# (the death comes from xfs_iunlink).
skip-unless: command -v mkfs.xfs
cmd: tests/lib/loopfs xfs $TEST_TMP/m tests/lib/traced-pid "python3 tests/fixtures/fs_ops.py $TEST_TMP/m/fl-xfs-mark --unlink 0.3" ./bpfscope filelife -p PID 2>/dev/null
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} [0-9]+ +python3 +0\.[3-9][0-9]    fl-xfs-mark$
