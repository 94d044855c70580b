# One action block on two attach points.
cmd: ./bpfscope -e 'tracepoint:syscalls:sys_enter_getppid,tracepoint:syscalls:sys_enter_getpid /pid == cpid/ { @[probe] = count(); }' -c /bin/sh
stdout-re: ^@\[tracepoint:syscalls:sys_enter_getppid\]: 1$
stderr-re: ^Attached 2 probes$
