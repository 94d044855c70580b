# An unknown option names itself and the help.
cmd: ./bpfscope fold --frobnicate
exit: 1
stdout-empty
stderr: bpfscope fold: unknown option '--frobnicate' (see bpfscope fold --help)
