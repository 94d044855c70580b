# exitsnoop -x shows only failed exits: the child exiting with code 3, not the one exiting with 0.
cmd: cp /bin/sh $TEST_TMP/xsnoopx3; cp /bin/true $TEST_TMP/xsnoopx0; ./bpfscope exitsnoop -x --cmd "sh -c '$TEST_TMP/xsnoopx0; $TEST_TMP/xsnoopx3 -c \"exit 3\"'" 2>/dev/null
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} xsnoopx3 +[0-9]+ +[0-9]+ +[0-9]+ +0\.[0-9]{2}    code 3$
stdout-not-re: xsnoopx0
