# bpfscope statsnoop: stat of a file that exists (ERR 0) and of one that does not (ERR 2, ENOENT), by the stat command; its fstat()s (fstatat with an empty path) are not shown.
cmd: touch $TEST_TMP/statsnoop-here; ./bpfscope statsnoop --cmd "stat $TEST_TMP/statsnoop-here $TEST_TMP/statsnoop-gone" 2>/dev/null
stdout-re: ^PID    COMM             ERR PATH$
stdout-re: ^[0-9]+ +stat +0 /.*/statsnoop-here$
stdout-re: ^[0-9]+ +stat +2 /.*/statsnoop-gone$
stdout-not-re: ^[0-9]+ +stat +[0-9]+ $
