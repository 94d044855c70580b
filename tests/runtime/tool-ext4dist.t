# ext4dist -p PID counts one python3 process's ext4 operations per operation: 4 writes and 1 fsync
# of a marker file (python's start-up adds reads and opens of its own files, but no writes).
skip-unless: stat -f -c %T "${TMPDIR:-/tmp}" | grep -q ext2/ext3
cmd: tests/lib/traced-pid "python3 tests/fixtures/fs_ops.py $TEST_TMP/e4dist-mark" ./bpfscope ext4dist -p PID | tests/lib/hist-counts
stderr-re: ^Tracing ext4 operation latency\.\.\. Hit Ctrl-C to end\.$
stdout-re: ^@usecs\[fsync\]: 1$
stdout-re: ^@usecs\[write\]: 4$
stdout-re: ^@usecs\[read\]: [1-9][0-9]*$
stdout-re: ^@usecs\[open\]: [1-9][0-9]*$
