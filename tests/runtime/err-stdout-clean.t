# Errors go to stderr only.
cmd: ./bpfscope -e 'tracepoint:nosuchcategory:nosuchevent { }' 2>/dev/null
exit: 1
stdout-empty
