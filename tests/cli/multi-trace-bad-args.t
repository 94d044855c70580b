# trace: more arguments than the format has conversions points at the extra argument.
cmd: ./bpfscope trace 't:syscalls:sys_enter_read "read %d", args.count, args.fd'
exit: 1
stdout-empty
stderr: bpfscope trace: error: more arguments than the format string has conversions (1)
stderr:     t:syscalls:sys_enter_read "read %d", args.count, args.fd
stderr:                                                      ^~~~~~~
