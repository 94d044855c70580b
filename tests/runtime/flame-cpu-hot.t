# bpfscope flame cpu: the CPU flame graph of a busy program has its hot function, under its caller, in the folded stacks and in the SVG.
cmd: cc -O1 -fno-omit-frame-pointer -o $TEST_TMP/busy tests/fixtures/busy.c && ./bpfscope flame cpu -F 199 -c "$TEST_TMP/busy 1500" --folded -o $TEST_TMP/cpu.folded 2>/dev/null && grep -c "^busy;.*main;warm_up;hot_loop" $TEST_TMP/cpu.folded | sed 's/^[1-9][0-9]*$/found/' && ./bpfscope flame cpu -F 199 -c "$TEST_TMP/busy 1000" -o $TEST_TMP/cpu.svg 2>/dev/null && grep -c "hot_loop" $TEST_TMP/cpu.svg | sed 's/^[1-9][0-9]*$/in svg/'
stdout: found
stdout: in svg
