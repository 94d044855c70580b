# No counts at all: an SVG that says so (as flamegraph.pl writes), and an error.
cmd: ./bpfscope flamegraph
exit: 1
stdout-re: ERROR: No valid input provided to flamegraph
stderr: bpfscope: error: flamegraph: no stack counts found in the input
