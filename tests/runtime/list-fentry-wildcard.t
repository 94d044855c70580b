# -l fentry:PATTERN lists BTF functions as fentry:vmlinux:NAME.
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope -l 'fentry:vfs_rea*'
stdout-re: ^fentry:vmlinux:vfs_read$
stdout-re: ^fentry:vmlinux:vfs_readv$
stdout-not-re: ^fentry:vmlinux:vfs_write$
stderr-empty
