# bpfscope hardirqs -T 1 2: two one-second tables, each after a blank line
# and a timestamp, then it stops by itself.
cmd: timeout 8 ./bpfscope hardirqs -T 1 2 2>/dev/null > $TEST_TMP/out; echo "exit $?"; grep -cE '^[0-9]{2}:[0-9]{2}:[0-9]{2}$' $TEST_TMP/out; grep -c '^HARDIRQ                    TOTAL_usecs$' $TEST_TMP/out
stdout: exit 0
stdout: 2
stdout: 2
