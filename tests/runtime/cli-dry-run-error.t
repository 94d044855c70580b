# --dry-run still reports a missing tracepoint.
cmd: ./bpfscope --dry-run -e 'tracepoint:nosuchcategory:nosuchevent { }'
exit: 1
stderr-re: nosuchevent
