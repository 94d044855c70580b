# bpfscope cpudist -P: a program that burns 25 ms of CPU as a real-time task (nothing preempts it) runs in one slice of [16K, 32K) us, in its own histogram.
skip-unless: command -v chrt
cmd: cc -O1 -o $TEST_TMP/cpudist-burn tests/fixtures/busy.c && ./bpfscope cpudist -P --cmd "chrt -f 50 $TEST_TMP/cpudist-burn 25" 2>/dev/null >$TEST_TMP/out; awk '/^@pid_usecs\[[0-9]+, cpudist-burn\]:$/ { on = 1; next } /^$/ { on = 0 } on && $1 == "[16K," && $3 > 0 { found = 1 } on && /^\[(32K|64K|128K)/ && $3 > 0 { long = 1 } END { print found && !long ? "one 25 ms slice" : "not found" }' $TEST_TMP/out
stdout: one 25 ms slice
