# Two join() calls in one probe (they share one record buffer).
cmd: ./bpfscope -c '/bin/true x' -e 'tracepoint:syscalls:sys_enter_execve /pid == cpid/ { join(args.argv); join(args.argv, "-"); }'
stdout: /bin/true x
stdout: /bin/true-x
stdout:
stdout:
