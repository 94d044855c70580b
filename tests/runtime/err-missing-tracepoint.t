# A tracepoint that does not exist: exit 1 and a message naming it.
cmd: ./bpfscope -e 'tracepoint:nosuchcategory:nosuchevent { }'
exit: 1
stdout-empty
stderr-re: nosuchcategory:nosuchevent
