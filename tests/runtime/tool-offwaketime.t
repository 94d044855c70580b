# bpfscope offwaketime: a reader blocked 300 ms in pipe_read, joined with "--" to the writer's stack in pipe_write, folded with the blocked thread's name first and the waker's last.
cmd: cp /bin/dash $TEST_TMP/ow-writer && cp /bin/cat $TEST_TMP/ow-reader && echo "$TEST_TMP/ow-writer -c 'sleep 0.3; echo hi' | $TEST_TMP/ow-reader >/dev/null" >$TEST_TMP/w.sh && ./bpfscope offwaketime -m 100000 --cmd "sh $TEST_TMP/w.sh" 2>/dev/null >$TEST_TMP/out && grep -c '^, ow-reader, ow-writer\]: [0-9]*$' $TEST_TMP/out && ./bpfscope fold --offwake <$TEST_TMP/out | awk '/^ow-reader;.*pipe_read;.*;--;.*pipe_write;.*;ow-writer / { t += $NF } END { print (t >= 280000 && t <= 600000) ? "blocked 300 ms, linked to the writer" : "total " t }'
stdout: 1
stdout: blocked 300 ms, linked to the writer
