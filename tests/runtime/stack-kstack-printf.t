# printf("%s", kstack) prints the frames, each on its own indented line.
cmd: ./bpfscope -e 'tracepoint:syscalls:sys_enter_getppid /comm == "perl"/ { printf("stack:%s", kstack); exit(); }' -c 'perl -e getppid'
stdout-re: ^stack:$
stdout-re: ^        do_syscall_64\+[0-9]+$
