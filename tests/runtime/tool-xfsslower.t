# xfsslower 0 on a loop-mounted xfs image shows dd's open (O), 4 KiB writes at 0 and 12 KiB (W),
# the fsync of conv=fsync (S) and a second dd's 1 KiB read at 3 KiB (R) of a marker file.
# Files on other file systems (the ld.so.cache and libc that dd opens, on the ext4 root) do not show.
skip-unless: command -v mkfs.xfs
cmd: tests/lib/loopfs xfs $TEST_TMP/m ./bpfscope xfsslower 0 --cmd "sh -c 'dd if=/dev/zero of=$TEST_TMP/m/xfsslow-mark bs=4k count=4 conv=fsync status=none; dd if=$TEST_TMP/m/xfsslow-mark of=/dev/null bs=1k skip=3 count=1 status=none'"
stderr-re: ^Tracing XFS operations\.\.\. Hit Ctrl-C to end\.$
stdout-re: ^TIME     COMM           PID    T BYTES   OFF_KB   LAT\(ms\) FILENAME$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} dd +[0-9]+ +O 0       0 +[0-9]+\.[0-9]{2} xfsslow-mark$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} dd +[0-9]+ +W 4096    0 +[0-9]+\.[0-9]{2} xfsslow-mark$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} dd +[0-9]+ +W 4096    12 +[0-9]+\.[0-9]{2} xfsslow-mark$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} dd +[0-9]+ +S 0       0 +[0-9]+\.[0-9]{2} xfsslow-mark$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} dd +[0-9]+ +R 1024    3 +[0-9]+\.[0-9]{2} xfsslow-mark$
stdout-not-re: ld\.so\.cache|libc\.so
