# -l without a pattern lists every probe.
cmd: ./bpfscope -l
exit: 1
stdout-empty
stderr-lines: 1
stderr-re: ^bpfscope: error: .*not implemented yet
