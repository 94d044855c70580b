# probe names the probe that fired.
cmd: ./bpfscope -c /bin/sh -e 'tracepoint:syscalls:sys_enter_getppid /pid == cpid/ { printf("%s\n", probe); }'
stdout: tracepoint:syscalls:sys_enter_getppid
stdout:
stdout:
