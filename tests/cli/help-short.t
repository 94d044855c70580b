cmd: ./bpfscope -h
exit: 0
stdout-re: ^usage: bpfscope \[OPTIONS\] FILE
stderr-empty
