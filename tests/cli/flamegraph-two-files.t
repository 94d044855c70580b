# flamegraph reads one file (or standard input).
cmd: ./bpfscope flamegraph tests/flame/default.folded tests/flame/diff.folded
exit: 1
stdout-empty
stderr: bpfscope: error: flamegraph: unexpected argument 'tests/flame/diff.folded' (one input file at most)
