# kstack in a syscall tracepoint shows the kernel's syscall entry path, symbolized from /proc/kallsyms.
cmd: ./bpfscope -e 'tracepoint:syscalls:sys_enter_getppid /comm == "perl"/ { @[kstack] = count(); }' -c 'perl -e "getppid for 1..5"'
stdout-re: ^@\[$
stdout-re: ^        do_syscall_64\+[0-9]+$
stdout-re: ^        entry_SYSCALL_64[a-z_]*\+[0-9]+$
stdout-re: ^\]: [0-9]+$
