# --width needs a positive number.
cmd: ./bpfscope flamegraph --width abc tests/flame/default.folded
exit: 1
stdout-empty
stderr: bpfscope: error: flamegraph: invalid --width value 'abc' (a number above 0)
