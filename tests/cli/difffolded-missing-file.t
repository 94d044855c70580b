# An unreadable profile is one error line with the errno text.
cmd: ./bpfscope difffolded /nonexistent/a.folded tests/flame/default.folded
exit: 1
stdout-empty
stderr: bpfscope: error: difffolded: cannot read '/nonexistent/a.folded': No such file or directory
