# Input without a stack map is an error that says what was expected.
cmd: printf '@x[1]: 2\n' | ./bpfscope fold
exit: 1
stdout-empty
stderr: bpfscope fold: no stacks found in standard input (expected a map keyed by kstack or ustack)
