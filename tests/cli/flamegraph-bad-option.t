# An unknown flamegraph option is one error line pointing at --help.
cmd: ./bpfscope flamegraph --bogus tests/flame/default.folded
exit: 1
stdout-empty
stderr: bpfscope: error: flamegraph: unknown option '--bogus' (see 'bpfscope flamegraph --help')
