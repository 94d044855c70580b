# An option that takes a value, given none.
cmd: ./bpfscope flamegraph --title
exit: 1
stdout-empty
stderr: bpfscope: error: flamegraph: option '--title' needs a value
