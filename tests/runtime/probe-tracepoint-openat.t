# sys_enter_openat: args.filename of the child (a __data_loc-free user string).
cmd: ./bpfscope -e 'tracepoint:syscalls:sys_enter_openat /pid == cpid/ { printf("open %s\n", str(args.filename)); }' -c '/bin/cat /etc/hostname'
stdout-re: ^open /etc/hostname$
