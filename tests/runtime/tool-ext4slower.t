# ext4slower 0 shows every ext4 operation of dd on a marker file: the open (O), four 4 KiB writes
# at offsets 0-12 KiB (W), the fsync of conv=fsync (S) and a 1 KiB read at 3 KiB (R) by a second dd.
skip-unless: stat -f -c %T "${TMPDIR:-/tmp}" | grep -q ext2/ext3
cmd: ./bpfscope ext4slower 0 --cmd "sh -c 'dd if=/dev/zero of=$TEST_TMP/e4slow-mark bs=4k count=4 conv=fsync status=none; dd if=$TEST_TMP/e4slow-mark of=/dev/null bs=1k skip=3 count=1 status=none'" 2>/dev/null | grep -E 'e4slow-mark$|^TIME|^Tracing'
stdout-re: ^Tracing ext4 operations$
stdout-re: ^TIME     COMM           PID    T BYTES   OFF_KB   LAT\(ms\) FILENAME$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} dd +[0-9]+ +O 0       0 +[0-9]+\.[0-9]{2} e4slow-mark$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} dd +[0-9]+ +W 4096    0 +[0-9]+\.[0-9]{2} e4slow-mark$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} dd +[0-9]+ +W 4096    12 +[0-9]+\.[0-9]{2} e4slow-mark$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} dd +[0-9]+ +S 0       0 +[0-9]+\.[0-9]{2} e4slow-mark$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} dd +[0-9]+ +R 1024    3 +[0-9]+\.[0-9]{2} e4slow-mark$
