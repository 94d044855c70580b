# A function the binary does not have is an error at the attach point naming the binary.
cmd: ./bpfscope -e 'uprobe:/bin/true:no_such_function { }'
exit: 1
stdout-empty
stderr-re: ^stdin:1:1: error: uprobe: function 'no_such_function' not found in /usr/bin/true
