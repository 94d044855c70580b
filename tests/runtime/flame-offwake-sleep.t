# bpfscope flame offwake: the sleep's blocked stack and the timer's waker stack are joined by "--" on one line.
cmd: ./bpfscope flame offwake -n sleep -c 'sleep 0.3' --folded -o $TEST_TMP/ow.folded 2>/dev/null && grep -c "^sleep;.*nanosleep.*;--;.*hrtimer_wakeup" $TEST_TMP/ow.folded | sed 's/^[1-9][0-9]*$/found/'
stdout: found
