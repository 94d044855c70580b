# An unknown kind of flame graph is named, with the ones there are.
cmd: ./bpfscope flame heat
exit: 1
stdout-empty
stderr: bpfscope flame: unknown kind 'heat': cpu, offcpu, wakeup or offwake (see bpfscope flame --help)
