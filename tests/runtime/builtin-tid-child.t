# tid of the single-threaded child equals its pid.
cmd: ./bpfscope -c /bin/sh -e 'tracepoint:syscalls:sys_enter_getppid /pid == cpid/ { printf("%d\n", tid == pid); }'
stdout: 1
stdout:
stdout:
