# An output that cannot be written, and input that is not text.
cmd: ./bpfscope heatmap -o /nonexistent/x.svg tests/heatmap/default.txt; echo "exit $?"; printf '1 2\0' | ./bpfscope heatmap; echo "exit $?"
stdout: exit 1
stdout: exit 1
stderr: bpfscope heatmap: cannot open /nonexistent/x.svg: No such file or directory
stderr: bpfscope heatmap: <stdin> is not text (it holds a NUL byte)
