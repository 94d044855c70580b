# A wildcard matching nothing is an error.
cmd: ./bpfscope -e 'tracepoint:syscalls:nosuch_* { }'
exit: 1
stdout-empty
stderr-re: nosuch_
