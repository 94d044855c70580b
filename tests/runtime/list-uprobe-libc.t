# -l finds a library by its short name.
cmd: ./bpfscope -l 'uprobe:libc:getppi*'
stdout-re: ^uprobe:/.*/libc\.so\.6:getppid$
