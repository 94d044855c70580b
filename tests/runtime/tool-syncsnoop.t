# bpfscope syncsnoop shows the sync command's sync() call.
cmd: ./bpfscope syncsnoop --cmd sync 2>/dev/null
stdout-re: ^TIME      PID    COMM             EVENT$
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2}  [0-9]+ +sync +tracepoint:syscalls:sys_enter_sync$
