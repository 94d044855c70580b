# statsnoop -x -t: only the failed stat is shown, after a seconds-since-start column.
cmd: touch $TEST_TMP/statsnoop-x-here; ./bpfscope statsnoop -x -t --cmd "sh -c 'stat $TEST_TMP/statsnoop-x-here $TEST_TMP/statsnoop-x-gone >/dev/null 2>&1'" 2>/dev/null
stdout-re: ^TIME\(s\)        PID    COMM             ERR PATH$
stdout-re: ^[0-9]\.[0-9]{9}    [0-9]+ +stat +2 /.*/statsnoop-x-gone$
stdout-not-re: statsnoop-x-here$
