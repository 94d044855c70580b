# macaddr() of a pointer reads 6 bytes: "/bin/t" of the child's path (bpftrace 0.17 prints the same).
cmd: ./bpfscope -c /bin/true -e 'tracepoint:syscalls:sys_enter_execve /pid == cpid/ { printf("%s\n", macaddr(args.filename)); }'
stdout: 2F:62:69:6E:2F:74
stdout:
stdout:
