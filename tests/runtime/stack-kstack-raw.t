# kstack(raw) lines are bare hex addresses.
cmd: ./bpfscope -e 'tracepoint:syscalls:sys_enter_getppid /comm == "perl"/ { @[kstack(raw)] = count(); }' -c 'perl -e getppid'
stdout-re: ^ffffffff[0-9a-f]{8}$
stdout-not-re: do_syscall_64
