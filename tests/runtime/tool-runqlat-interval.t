# bpfscope runqlat 1 2: two one-second intervals, each stamped with the time and followed by its histogram, then it stops by itself.
cmd: timeout 8 ./bpfscope runqlat 1 2 2>/dev/null > $TEST_TMP/out; echo "exit $?"; grep -cE '^[0-9]{2}:[0-9]{2}:[0-9]{2}$' $TEST_TMP/out; [ "$(grep -c '^@usecs:$' $TEST_TMP/out)" -ge 2 ] && echo histograms
stdout: exit 0
stdout: 2
stdout: histograms
