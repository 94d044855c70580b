# A named parameter works in a predicate, as tools use it: --comm=perl counts only perl's getppid calls.
cmd: ./bpfscope -e 'tracepoint:syscalls:sys_enter_getppid /comm == getopt("comm", "")/ { @n = count(); }' -c 'perl -e "getppid for 1..4"' -- --comm=perl
stdout:
stdout:
stdout: @n: 4
