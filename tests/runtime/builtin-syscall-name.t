# syscall_name() names a raw syscall id when printed and as a map key: the -c child's getppid (110 on x86_64).
skip-unless: test "$(uname -m)" = x86_64
cmd: ./bpfscope -c /bin/sh -e 'tracepoint:raw_syscalls:sys_enter /pid == cpid && args.id == 110/ { printf("%s\n", syscall_name(args.id)); @[syscall_name(args.id)] = count(); } END { printf("%s %s\n", syscall_name(469), syscall_name(100000)); }'
stdout: getppid
stdout: file_setattr 100000
stdout:
stdout:
stdout: @[getppid]: 1
