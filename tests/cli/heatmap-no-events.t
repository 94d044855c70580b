# Only the tracer's messages and comments: nothing to draw.
cmd: printf 'Attaching 2 probes...\n# nothing\n\n' | ./bpfscope heatmap -
exit: 1
stdout-empty
stderr: bpfscope heatmap: no events in <stdin>
