# --color=never: plain diagnostics even when asked for explicitly.
cmd: ./bpfscope --check --color=never -e 'BEGIN { exit( }'
exit: 1
stderr-re: ^stdin:1:[0-9]+: error: 
stderr-not-re: \[[0-9;]*m
