# cpid is the pid of the -c child.
cmd: ./bpfscope -c /bin/sh -e 'tracepoint:syscalls:sys_enter_getppid /pid == cpid/ { printf("%d\n", cpid > 0); }'
stdout: 1
stdout:
stdout:
