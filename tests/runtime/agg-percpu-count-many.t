# count() from a tracepoint on several CPUs adds up (the child calls getppid once per sh).
cmd: ./bpfscope -c /bin/sh -e 'tracepoint:syscalls:sys_enter_getppid /pid == cpid/ { @c = count(); }'
stdout:
stdout:
stdout: @c: 1
