# trace: retval in an entry probe is refused at the word.
cmd: ./bpfscope trace 't:syscalls:sys_enter_read (retval > 0)'
exit: 1
stdout-empty
stderr: bpfscope trace: error: retval is only set in return probes (r:...)
stderr:     t:syscalls:sys_enter_read (retval > 0)
stderr:                                ^~~~~~
