# kstack(perf) lines: a tab, the address in hex, sym+off and the kernel's module name.
cmd: ./bpfscope -e 'tracepoint:syscalls:sys_enter_getppid /comm == "perl"/ { @[kstack(perf)] = count(); }' -c 'perl -e getppid'
stdout-re: ^	ffffffff[0-9a-f]{8} do_syscall_64\+[0-9]+ \(\[kernel\.kallsyms\]\)$
