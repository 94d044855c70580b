# kaddr() finds a kernel symbol's address at compile time; ksym() names an address (without offset) when printed.
cmd: ./bpfscope -e 'BEGIN { printf("%s %s %d\n", ksym(kaddr("vfs_read")), ksym(kaddr("vfs_read") + 3), kaddr("vfs_read") > 0); exit(); }'
stdout: vfs_read vfs_read 1
stdout:
stdout:
