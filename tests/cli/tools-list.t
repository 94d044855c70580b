# bpfscope tools lists each tool with its one-line description.
cmd: ./bpfscope tools
stdout-re: ^execsnoop +trace new processes: every exec\(\), with its arguments\.$
stdout-re: ^opensnoop +trace open\(\) calls: who opened which file, and the result\.$
