# A raw tracepoint that does not exist.
cmd: ./bpfscope -e 'rawtracepoint:nosuch_rawtp_event { }'
exit: 1
stdout-empty
stderr-re: nosuch_rawtp_event
