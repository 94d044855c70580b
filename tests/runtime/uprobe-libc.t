# A library given by its short name (libc) is found through ld.so.cache; perl's three getppid() calls go through libc's getppid.
cmd: ./bpfscope -e 'uprobe:libc:getppid /comm == "perl"/ { @calls = count(); }' -c 'perl -e "getppid for 1..3"'
stdout:
stdout:
stdout: @calls: 3
