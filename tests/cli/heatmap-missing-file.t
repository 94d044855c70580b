# An input that cannot be read.
cmd: ./bpfscope heatmap /nonexistent/events.txt
exit: 1
stdout-empty
stderr: bpfscope heatmap: cannot read /nonexistent/events.txt: No such file or directory
