# macaddr() as a map key.
cmd: ./bpfscope -c /bin/true -e 'tracepoint:syscalls:sys_enter_execve /pid == cpid/ { @[macaddr(args.filename)] = count(); }'
stdout:
stdout:
stdout: @[2F:62:69:6E:2F:74]: 1
