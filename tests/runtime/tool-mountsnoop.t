# bpfscope mountsnoop: a tmpfs mounted with options and flags, unmounted, and unmounted again (EINVAL: not mounted).
cmd: mkdir $TEST_TMP/mnt && ./bpfscope mountsnoop --cmd "sh -c 'mount -t tmpfs -o size=1m,nosuid,nodev mountsnoop-src $TEST_TMP/mnt; umount $TEST_TMP/mnt; umount $TEST_TMP/mnt'" 2>/dev/null
stdout-re: ^COMM             PID     TID     MNT_NS      CALL$
stdout-re: ^mount +[0-9]+ +[0-9]+ +[0-9]+ +mount\("mountsnoop-src", "/.*/mnt", "tmpfs", MS_NOSUID\|MS_NODEV, "size=1m"\) = 0$
stdout-re: ^umount +[0-9]+ +[0-9]+ +[0-9]+ +umount\("/.*/mnt", 0x0\) = 0$
stdout-re: ^umount +[0-9]+ +[0-9]+ +[0-9]+ +umount\("/.*/mnt", 0x0\) = -EINVAL$
