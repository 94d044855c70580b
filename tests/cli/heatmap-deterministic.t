# The same events give the same bytes, whatever their order in the input.
cmd: awk 'BEGIN { for (i = 0; i < 20000; i++) printf "%.4f %d\n", i * 0.0005, (i * 7919) % 5000 }' >$TEST_TMP/in && tac $TEST_TMP/in >$TEST_TMP/rev && ./bpfscope heatmap -o $TEST_TMP/a.svg $TEST_TMP/in && ./bpfscope heatmap $TEST_TMP/in >$TEST_TMP/b.svg && ./bpfscope heatmap <$TEST_TMP/rev >$TEST_TMP/c.svg && cmp $TEST_TMP/a.svg $TEST_TMP/b.svg && cmp $TEST_TMP/a.svg $TEST_TMP/c.svg && echo same
stdout: same
stderr-empty
