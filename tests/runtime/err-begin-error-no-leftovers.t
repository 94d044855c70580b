# An attach failure prints no "Attached" line.
cmd: ./bpfscope -e 'BEGIN { } tracepoint:nosuchcategory:nosuchevent { }'
exit: 1
stderr-not-re: ^Attached
