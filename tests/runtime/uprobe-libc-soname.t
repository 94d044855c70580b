# The library's file name (libc.so.6) works as well, and the probe is named by its full path.
cmd: ./bpfscope -e 'uprobe:libc.so.6:getppid /comm == "perl"/ { printf("%s\n", probe); exit(); }' -c 'perl -e getppid'
stdout-re: ^uprobe:/.*/libc\.so\.6:getppid$
