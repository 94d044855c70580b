# In the -c child, curtask->real_parent is bpfscope itself (its pid, seen in BEGIN).
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope -c /bin/sh -e 'BEGIN { @p = pid; } tracepoint:syscalls:sys_enter_getppid /pid == cpid/ { printf("%d %d\n", ((struct task_struct *)curtask)->real_parent->tgid == @p, curtask->tgid == cpid); clear(@p); }'
stdout: 1 1
stdout:
stdout:
