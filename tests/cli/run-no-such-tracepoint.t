# A tracepoint the kernel lacks is a script error with a suggestion.
skip-unless: test "$(id -u)" = 0
cmd: ./bpfscope -e 'tracepoint:syscalls:sys_enter_reed { }'
exit: 1
stdout-empty
stderr: stdin:1:1: error: tracepoint:syscalls:sys_enter_reed: no such tracepoint (did you mean tracepoint:syscalls:sys_enter_read?)
stderr: tracepoint:syscalls:sys_enter_reed { }
stderr: ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
