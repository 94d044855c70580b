# cpu in a tracepoint is below ncpus.
cmd: ./bpfscope -c /bin/sh -e 'tracepoint:syscalls:sys_enter_getppid /pid == cpid/ { printf("%d\n", cpu < ncpus); }'
stdout: 1
stdout:
stdout:
