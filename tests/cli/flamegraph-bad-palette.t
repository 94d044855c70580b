# An unknown palette lists the valid ones.
cmd: ./bpfscope flamegraph --colors pink tests/flame/default.folded
exit: 1
stdout-empty
stderr: bpfscope: error: flamegraph: invalid --colors value 'pink' (valid: hot, mem, io, wakeup, chain, java, js, perl, red, green, blue, aqua, yellow, purple, orange)
