# A block I/O latency heat map of synchronous writes to a file on a disk.
skip-unless: test "$(stat -f -c %T "${TMPDIR:-/tmp}")" != tmpfs && test -d /sys/kernel/tracing/events/block/block_rq_issue -o -d /sys/kernel/debug/tracing/events/block/block_rq_issue
cmd: ./bpfscope heat block --log-y -c "dd if=/dev/zero of=$TEST_TMP/f bs=4k count=64 oflag=direct,sync status=none" -o $TEST_TMP/b.svg && grep -c '<title>time ' $TEST_TMP/b.svg
stdout-re: ^[1-9][0-9]*$
stderr-re: ^Wrote .*/b\.svg \([0-9]+ events\)\.$
