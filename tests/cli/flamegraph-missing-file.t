# An unreadable input file is one error line with the errno text.
cmd: ./bpfscope flamegraph /nonexistent/profile.folded
exit: 1
stdout-empty
stderr: bpfscope: error: flamegraph: cannot read '/nonexistent/profile.folded': No such file or directory
