# strcontains() of two strings read at run time: the child's path contains its own name.
cmd: ./bpfscope -c /bin/true -e 'tracepoint:syscalls:sys_enter_execve /pid == cpid/ { $p = str(args.filename); $n = "true"; printf("%d %d\n", strcontains($p, $n), strcontains($n, $p)); }'
stdout: 1 0
stdout:
stdout:
