# ext4slower -p PID 0 shows every ext4 operation of one python3 process on a marker file: the open (O),
# four 4 KiB writes at 0-12 KiB (W), an fsync (S) and a 1 KiB pread at 3 KiB (R). The workload
# starts once the banner says every probe is attached, and its pid is the one given to -p.
skip-unless: stat -f -c %T "${TMPDIR:-/tmp}" | grep -q ext2/ext3
cmd: ( until grep -q Hit $TEST_TMP/err 2>/dev/null; do sleep 0.05; done; exec python3 -c 'import os, sys; fd = os.open(sys.argv[1], os.O_CREAT | os.O_RDWR); [os.write(fd, b"x" * 4096) for i in range(4)]; os.fsync(fd); os.pread(fd, 1024, 3072)' $TEST_TMP/e4slow-mark ) & ./bpfscope ext4slower -p $! 0 --cmd "tail -s 0.1 --pid=$! -f /dev/null" 2>$TEST_TMP/err | grep -E 'e4slow-mark$|^TIME'; cat $TEST_TMP/err >&2
stderr-re: ^Tracing ext4 operations\.\.\. Hit Ctrl-C to end\.$
stdout-re: ^TIME     COMM           PID    T BYTES   OFF_KB   LAT\(ms\) FILENAME$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} python3 +[0-9]+ +O 0       0 +[0-9]+\.[0-9]{2} e4slow-mark$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} python3 +[0-9]+ +W 4096    0 +[0-9]+\.[0-9]{2} e4slow-mark$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} python3 +[0-9]+ +W 4096    12 +[0-9]+\.[0-9]{2} e4slow-mark$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} python3 +[0-9]+ +S 0       0 +[0-9]+\.[0-9]{2} e4slow-mark$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} python3 +[0-9]+ +R 1024    3 +[0-9]+\.[0-9]{2} e4slow-mark$
