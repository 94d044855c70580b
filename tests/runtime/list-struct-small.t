# -lv 'struct path': the whole output, a definition followed by an empty line.
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope -lv 'struct path'
stdout: struct path {
stdout: 	struct vfsmount *mnt;
stdout: 	struct dentry *dentry;
stdout: };
stdout:
stderr-empty
