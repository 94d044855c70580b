# curtask->comm of the -c child is the command's name.
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope -c /bin/sh -e 'tracepoint:syscalls:sys_enter_getppid /pid == cpid/ { printf("%s|%s\n", curtask->comm, ((struct task_struct *)curtask)->comm); }'
stdout: sh|sh
stdout:
stdout:
