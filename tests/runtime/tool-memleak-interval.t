# memleak -p PID 1 2: a report every second, two of them, then it stops (no third report at exit) while the process still runs; the leak is in the last one.
skip-unless: cc --version
cmd: cc -O1 -fno-omit-frame-pointer -fno-inline -o $TEST_TMP/leaker tests/fixtures/leaker.c || exit 1; $TEST_TMP/leaker 4 $TEST_TMP/go 4000 & p=$!; ./bpfscope memleak -p $p -T 1 1 2 > $TEST_TMP/out 2> $TEST_TMP/err & b=$!; for i in $(seq 80); do grep -q 'Hit Ctrl-C' $TEST_TMP/err && break; sleep 0.1; done; touch $TEST_TMP/go; wait $b; echo "status $?"; grep -c 'Top 1 stacks with outstanding allocations:$' $TEST_TMP/out; awk '/Top 1 stacks/ { last = "" } { last = last $0 "\n" } END { printf "%s", last }' $TEST_TMP/out | grep -q '^	12000 bytes in 4 allocations from stack$' && echo 'leak in the last report'
stdout: status 0
stdout: 2
stdout: leak in the last report
