# args->field is the same as args.field.
cmd: ./bpfscope -e 'tracepoint:syscalls:sys_enter_openat /pid == cpid/ { printf("open %s\n", str(args->filename)); }' -c '/bin/cat /etc/hostname'
stdout-re: ^open /etc/hostname$
