# An interval that is not a positive whole number is refused with the tool's usage.
cmd: ./bpfscope runqlat 1 x
exit: 1
stdout-empty
stderr: bpfscope runqlat: unexpected argument 'x'
stderr: usage: bpfscope runqlat [-p PID] [-m] [-P] [-d SECS] [interval [count]]
