# An integer tracepoint argument: sys_exit_openat ret is a file descriptor >= 0 for the child.
cmd: ./bpfscope -e 'tracepoint:syscalls:sys_exit_openat /pid == cpid && args.ret >= 0/ { @ok = count(); }' -c '/bin/cat /etc/hostname'
stdout-re: ^@ok: [1-9][0-9]*$
