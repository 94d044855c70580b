# bpfscope memleak -p -o 0 -a (allocations of any age, each listed): a program leaking 7 blocks of 3000 bytes from leak_fn (malloc) and 2 of 4096 from aligned_leak_fn (posix_memalign) shows those stacks with 21000 bytes in 7 allocations and 8192 in 2; what it frees (malloc, calloc, realloc, posix_memalign) does not show.
skip-unless: cc --version
cmd: cc -O1 -fno-omit-frame-pointer -fno-inline -o $TEST_TMP/leaker tests/fixtures/leaker.c || exit 1; $TEST_TMP/leaker 7 $TEST_TMP/go & p=$!; ./bpfscope memleak -p $p -o 0 -a > $TEST_TMP/out 2> $TEST_TMP/err & b=$!; for i in $(seq 80); do grep -q 'Hit Ctrl-C' $TEST_TMP/err && break; sleep 0.1; done; touch $TEST_TMP/go; wait $p; kill -INT $b; wait $b; cat $TEST_TMP/out
stdout-re: ^\[[0-9]{2}:[0-9]{2}:[0-9]{2}\] Top 10 stacks with outstanding allocations:$
stdout-re: ^	21000 bytes in 7 allocations from stack$
stdout-re: ^        leak_fn\+[0-9]+$
stdout-re: ^	8192 bytes in 2 allocations from stack$
stdout-re: ^        aligned_leak_fn\+[0-9]+$
stdout-re: ^        main\+[0-9]+$
stdout-not-re: tidy_fn
stdout-re: ^	addr = [0-9a-f]{9,} size = 3000$
