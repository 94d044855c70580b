# A char array member indexed with constants and with a variable.
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope -c /bin/sh -e 'tracepoint:syscalls:sys_enter_getppid /pid == cpid/ { $i = 1; printf("%c%c %d %d\n", curtask->comm[0], curtask->comm[$i], curtask->comm[$i + 1], curtask->comm[$i + 100]); }'
stdout: sh 0 0
stdout:
stdout:
