# syscount 1 2: a table every second, two of them, then it stops by itself.
cmd: ./bpfscope syscount -T 3 1 2 2>/dev/null | grep -c '^SYSCALL  '
stdout: 2
