# dcsnoop --xfs runs without kprobes: a stat of a missing name in a loop-mounted XFS file system is a dcache miss (M) that XFS looks up.
skip-unless: command -v mkfs.xfs && grep -qw xfs /proc/filesystems
cmd: img=$TEST_TMP/xfs.img; mnt=$TEST_TMP/xfs; truncate -s 300M $img && mkfs.xfs -q $img && mkdir $mnt && mount -o loop $img $mnt || exit 1; ./bpfscope dcsnoop --xfs --cmd "stat $mnt/dcsnoop-xfs-marker" 2>/dev/null; umount $mnt
stdout-re: ^TIME     PID    COMM             T FILE$
stdout-re: ^[0-9]+ +[0-9]+ +stat +M dcsnoop-xfs-marker$
