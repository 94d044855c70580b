# No leftovers when attaching fails (a missing tracepoint after a good one).
cmd: tests/lib/no-leftovers -- ./bpfscope -e 'BEGIN { } tracepoint:syscalls:sys_enter_getppid { } tracepoint:nosuchcategory:nosuchevent { }'
exit: 1
stdout-not-re: .
