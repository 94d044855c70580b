# funccount over tracepoints with a wildcard, for one process: a shell calls getppid() once (t:syscalls:sys_enter_getpp* matches only sys_enter_getppid).
cmd: { (sleep 1.5; exec /bin/sh </dev/null) & p=$!; ./bpfscope funccount -p $p 't:syscalls:sys_enter_getpp*' 2>/dev/null; }
stdout-re: ^FUNC                                    COUNT$
stdout-re: ^syscalls:sys_enter_getppid                  1$
