# No leftovers after the -c child exits.
cmd: tests/lib/no-leftovers -- ./bpfscope -e 'tracepoint:syscalls:sys_enter_getppid /pid == cpid/ { @ = count(); }' -c /bin/sh
stdout-re: ^@: 1$
