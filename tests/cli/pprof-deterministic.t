# The same folded input gives the same pprof bytes (no timestamps, not even in the gzip header).
cmd: ./bpfscope pprof tests/fixtures/small.folded > $TEST_TMP/a && sleep 1.1 && ./bpfscope pprof tests/fixtures/small.folded > $TEST_TMP/b && cmp $TEST_TMP/a $TEST_TMP/b && echo same
stdout: same
