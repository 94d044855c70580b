# -o writes the picture to a file, byte for byte what stdout would get.
cmd: ./bpfscope flamegraph -o $TEST_TMP/g.svg tests/flame/default.folded && cmp $TEST_TMP/g.svg tests/flame/default.svg && echo same
stdout: same
stderr-empty
