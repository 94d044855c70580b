# -lv fentry:FUNC prints its parameters and return value with C types, as bpftrace does.
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope -lv 'fentry:vfs_read'
stdout: fentry:vmlinux:vfs_read
stdout:     struct file * file
stdout:     char * buf
stdout:     size_t count
stdout:     loff_t * pos
stdout:     ssize_t retval
stderr-empty
