# A semantic error stops before anything is attached or printed.
cmd: ./bpfscope -e 'BEGIN { printf("x\n"); @x = count(); @x = 1; }'
exit: 1
stdout-empty
