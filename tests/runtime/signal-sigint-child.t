# SIGINT with a running -c child: tracing stops, child is not left running traced.
cmd: tests/lib/no-leftovers -s INT -- ./bpfscope -e 'tracepoint:syscalls:sys_enter_clock_nanosleep /pid == cpid/ { @ = count(); }' -c '/bin/sleep 5'
stdout-re: ^@: 1$
