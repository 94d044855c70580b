# Nanosecond times read as seconds would make millions of columns.
cmd: printf '1000000000 5\n9000000000 7\n' | ./bpfscope heatmap
exit: 1
stdout-empty
stderr: bpfscope heatmap: 8000000001 columns of 1 s is too many (at most 100000): check --time-unit, or use a larger --step
