# A wildcard matching several tracepoints attaches all of them.
cmd: ./bpfscope -e 'tracepoint:syscalls:sys_enter_getp* /pid == cpid/ { @[probe] = count(); }' -c /bin/sh
stdout-re: ^@\[tracepoint:syscalls:sys_enter_getppid\]: 1$
stderr-re: ^Attached [0-9]+ probes$
