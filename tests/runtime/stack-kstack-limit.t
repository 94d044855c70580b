# kstack(1) keeps one frame: the key is "[", one frame line, "]: count".
cmd: ./bpfscope -e 'tracepoint:syscalls:sys_enter_getppid /comm == "perl"/ { @[kstack(1)] = count(); }' -c 'perl -e getppid'
stdout-re: ^        [a-z_0-9.]+\+[0-9]+$
stdout-lines: 5
