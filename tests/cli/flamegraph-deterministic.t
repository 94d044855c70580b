# The same input gives the same bytes, in any line order (children are
# sorted by name), and the same again when run twice.
cmd: ./bpfscope flamegraph tests/flame/default.folded >$TEST_TMP/a.svg && sort -r tests/flame/default.folded | ./bpfscope flamegraph >$TEST_TMP/b.svg && ./bpfscope flamegraph tests/flame/default.folded >$TEST_TMP/c.svg && cmp $TEST_TMP/a.svg $TEST_TMP/b.svg && cmp $TEST_TMP/a.svg $TEST_TMP/c.svg && echo identical
stdout: identical
stderr-empty
