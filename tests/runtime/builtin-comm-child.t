# comm of the -c child is its name.
cmd: ./bpfscope -c /bin/sh -e 'tracepoint:syscalls:sys_enter_getppid /pid == cpid/ { printf("%s\n", comm); }'
stdout: sh
stdout:
stdout:
