# xfsdist -p PID on a loop-mounted XFS image counts one python3 process's operations on a marker
# file exactly: 1 open, 4 writes, 1 fsync, 1 read (its start-up opens and reads on ext4 are left out).
skip-unless: command -v mkfs.xfs
cmd: tests/lib/loopfs xfs $TEST_TMP/m tests/lib/traced-pid "python3 tests/fixtures/fs_ops.py $TEST_TMP/m/xfsdist-mark" ./bpfscope xfsdist -p PID | tests/lib/hist-counts
stderr-re: ^Tracing XFS operation latency\.\.\. Hit Ctrl-C to end\.$
stdout: @usecs[fsync]: 1
stdout: @usecs[open]: 1
stdout: @usecs[read]: 1
stdout: @usecs[write]: 4
