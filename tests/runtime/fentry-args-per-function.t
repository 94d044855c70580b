# With several functions in one probe, each program reads args where its own function has them;
# a function without the argument is an error naming it.
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope --load-only -e 'fentry:vfs_read,fentry:do_sys_openat2 { @x = args.count; }'
exit: 1
stdout-empty
stderr: stdin:1:46: error: fentry:vmlinux:do_sys_openat2 has no argument 'count'
stderr: fentry:vfs_read,fentry:do_sys_openat2 { @x = args.count; }
stderr:                                              ^~~~~~~~~~
