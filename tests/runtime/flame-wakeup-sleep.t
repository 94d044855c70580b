# bpfscope flame wakeup: what wakes a sleeping process is the timer (hrtimer_wakeup in the waker's stack).
cmd: ./bpfscope flame wakeup -n sleep -c 'sleep 0.3' --folded -o $TEST_TMP/wk.folded 2>/dev/null && grep -c "hrtimer_wakeup" $TEST_TMP/wk.folded | sed 's/^[1-9][0-9]*$/found/'
stdout: found
