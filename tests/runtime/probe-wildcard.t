# A wildcard tracepoint matching one probe (sys_enter_getppid).
cmd: ./bpfscope -e 'tracepoint:syscalls:sys_enter_getpp* /pid == cpid/ { printf("%s\n", probe); }' -c /bin/sh
stdout: tracepoint:syscalls:sys_enter_getppid
stdout:
stdout:
stderr-re: ^Attached 1 probe$
