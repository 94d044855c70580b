# ext4slower -p PID 0 shows every ext4 operation of one python3 process on a marker file: the open (O),
# four 4 KiB writes at 0-12 KiB (W), an fsync (S) and a 1 KiB pread at 3 KiB (R).
skip-unless: stat -f -c %T "${TMPDIR:-/tmp}" | grep -q ext2/ext3
cmd: tests/lib/traced-pid "python3 tests/fixtures/fs_ops.py $TEST_TMP/e4slow-mark" ./bpfscope ext4slower -p PID 0 | grep -E 'e4slow-mark$|^TIME'
stderr-re: ^Tracing ext4 operations\.\.\. Hit Ctrl-C to end\.$
stdout-re: ^TIME     COMM           PID    T BYTES   OFF_KB   LAT\(ms\) FILENAME$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} python3 +[0-9]+ +O 0       0 +[0-9]+\.[0-9]{2} e4slow-mark$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} python3 +[0-9]+ +W 4096    0 +[0-9]+\.[0-9]{2} e4slow-mark$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} python3 +[0-9]+ +W 4096    12 +[0-9]+\.[0-9]{2} e4slow-mark$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} python3 +[0-9]+ +S 0       0 +[0-9]+\.[0-9]{2} e4slow-mark$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} python3 +[0-9]+ +R 1024    3 +[0-9]+\.[0-9]{2} e4slow-mark$
