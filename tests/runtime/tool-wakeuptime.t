# bpfscope wakeuptime: a reader blocked 300 ms on a pipe is woken by the writer's write (pipe_write in the waker's stack); both have names of their own (copies of sh and cat).
cmd: cp /bin/dash $TEST_TMP/wake-writer && cp /bin/cat $TEST_TMP/wake-reader && echo "$TEST_TMP/wake-writer -c 'sleep 0.3; echo hi' | $TEST_TMP/wake-reader >/dev/null" >$TEST_TMP/w.sh && ./bpfscope wakeuptime -m 100000 --cmd "sh $TEST_TMP/w.sh" 2>/dev/null >$TEST_TMP/out && grep -c '^, wake-writer, wake-reader\]: [0-9]*$' $TEST_TMP/out && ./bpfscope fold <$TEST_TMP/out | awk '/^wake-writer;wake-reader;.*pipe_write;.*try_to_wake_up / { t += $NF } END { print (t >= 280000 && t <= 600000) ? "woken by the write after 300 ms" : "total " t }'
stdout: 1
stdout: woken by the write after 300 ms
