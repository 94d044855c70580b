# A line that starts with a number but is not "TIME LATENCY" names its line.
cmd: printf 'Attaching 2 probes...\n1.0 5\n2.0 five\n' | ./bpfscope heatmap
exit: 1
stdout-empty
stderr: bpfscope heatmap: <stdin>:3: expected "TIME LATENCY": '2.0 five'
