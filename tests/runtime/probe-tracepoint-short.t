# The short provider name t:.
cmd: ./bpfscope -e 't:syscalls:sys_enter_getppid /pid == cpid/ { printf("hit\n"); }' -c /bin/sh
stdout: hit
stdout:
stdout:
