# uaddr() of a symbol the binary does not have is an error at the name.
cmd: ./bpfscope -e 'uprobe:/bin/bash:readline { printf("%x\n", uaddr("no_such_symbol")); }'
exit: 1
stdout-empty
stderr-re: ^stdin:1:50: error: uaddr\(\): no symbol 'no_such_symbol' in /usr/bin/bash$
