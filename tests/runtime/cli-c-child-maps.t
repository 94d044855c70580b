# Maps are printed after the child exits.
cmd: ./bpfscope -e 'tracepoint:syscalls:sys_enter_getppid /pid == cpid/ { @c = count(); }' -c /bin/sh
stdout:
stdout:
stdout: @c: 1
