# macaddr() as a map value, in a variable first.
cmd: ./bpfscope -c /bin/true -e 'tracepoint:syscalls:sys_enter_execve /pid == cpid/ { $m = macaddr(args.filename); @mac = $m; }'
stdout:
stdout:
stdout: @mac: 2F:62:69:6E:2F:74
