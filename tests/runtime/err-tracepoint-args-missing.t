# args of a tracepoint that does not exist: the error names the tracepoint as missing, not the path of its format file.
cmd: ./bpfscope -e 'tracepoint:nosuchcat:nosuchevent { @[args.x] = count(); }'
exit: 1
stdout-empty
stderr-re: ^stdin:1:38: error: cannot type 'args': tracepoint nosuchcat:nosuchevent: no such tracepoint$
