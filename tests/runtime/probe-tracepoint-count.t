# A count from the child only: sh calls getppid once.
cmd: ./bpfscope -e 'tracepoint:syscalls:sys_enter_getppid /pid == cpid/ { @ = count(); }' -c /bin/sh
stdout:
stdout:
stdout: @: 1
