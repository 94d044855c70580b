# vfsstat 1 2: two one-second lines stamped HH:MM:SS:, then it stops by itself.
cmd: timeout 8 ./bpfscope vfsstat 1 2 2>/dev/null > $TEST_TMP/out; echo "exit $?"; grep -cE '^[0-9]{2}:[0-9]{2}:[0-9]{2}: +[0-9]+ +[0-9]+ +[0-9]+ +[0-9]+ +[0-9]+$' $TEST_TMP/out
stdout: exit 0
stdout: 2
