# bpfscope flame cpu -o FILE.pb.gz writes a pprof profile of the busy program with its hot function.
cmd: cc -O1 -fno-omit-frame-pointer -o $TEST_TMP/busy tests/fixtures/busy.c && ./bpfscope flame cpu -F 199 -c "$TEST_TMP/busy 1000" -o $TEST_TMP/cpu.pb.gz 2>/dev/null && tests/lib/pprof-dump $TEST_TMP/cpu.pb.gz | grep -c "busy;.*warm_up;hot_loop" | sed 's/^[1-9][0-9]*$/found/'
stdout: found
