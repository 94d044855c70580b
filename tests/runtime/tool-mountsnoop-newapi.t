# mountsnoop -P: the new mount API (fsopen, fsmount, move_mount, through python's ctypes; x86_64 syscall numbers) mounting a tmpfs, with decoded flags, and the parent columns (os.system's umount has sh as parent).
skip-unless: command -v python3 && test "$(uname -m)" = x86_64
cmd: mkdir $TEST_TMP/mnt && ./bpfscope mountsnoop -P --cmd "python3 -c 'import ctypes, os, sys; sc = ctypes.CDLL(None).syscall; fd = sc(430, b\"tmpfs\", 1); sc(431, fd, 6, None, None, 0); m = sc(432, fd, 1, 2); sc(429, m, b\"\", -100, sys.argv[1].encode(), 4); os.close(m); os.close(fd); os.system(\"umount \" + sys.argv[1])' $TEST_TMP/mnt" 2>/dev/null
stdout-re: ^COMM             PID     TID     PCOMM            PPID    MNT_NS      CALL$
stdout-re: ^python3 +[0-9]+ +[0-9]+ +[a-z0-9]+ +[0-9]+ +[0-9]+ +fsopen\("tmpfs", FSOPEN_CLOEXEC\) = [0-9]+$
stdout-re: ^python3 +[0-9]+ +[0-9]+ +[a-z0-9]+ +[0-9]+ +[0-9]+ +fsmount\([0-9]+, FSMOUNT_CLOEXEC, MOUNT_ATTR_NOSUID\) = [0-9]+$
stdout-re: ^python3 +[0-9]+ +[0-9]+ +[a-z0-9]+ +[0-9]+ +[0-9]+ +move_mount\([0-9]+, "", -100, "/.*/mnt", 0x4\) = 0$
stdout-re: ^umount +[0-9]+ +[0-9]+ +sh +[0-9]+ +[0-9]+ +umount\("/.*/mnt", 0x0\) = 0$
