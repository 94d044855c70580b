# An existing category with a missing event.
cmd: ./bpfscope -e 'tracepoint:syscalls:sys_enter_nosuchcall { }'
exit: 1
stdout-empty
stderr-re: sys_enter_nosuchcall
