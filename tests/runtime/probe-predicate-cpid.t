# The predicate limits events to the child.
cmd: ./bpfscope -e 'tracepoint:syscalls:sys_enter_getppid /pid != cpid/ { } tracepoint:syscalls:sys_enter_getppid /pid == cpid/ { printf("child\n"); }' -c /bin/sh
stdout: child
stdout:
stdout:
