# Raw tracepoint args are kernel pointers from BTF: sched_switch prev is the task leaving the CPU, curtask.
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope -c /bin/sh -e 'rawtracepoint:sched_switch /args.prev->tgid == cpid/ { printf("%d %d\n", args.prev->pid == cpid, (uint64)args.prev == (uint64)curtask); exit(); }'
stdout: 1 1
stdout:
stdout:
