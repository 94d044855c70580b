# args of fentry has the function's parameters only.
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope --load-only -e 'fentry:vfs_read { @ = args.size; }'
exit: 1
stdout-empty
stderr: stdin:1:23: error: kernel function args have no field 'size'
stderr: fentry:vfs_read { @ = args.size; }
stderr:                       ^~~~~~~~~
