# --load-only: kprobe:module:func with vmlinux for the core kernel.
cmd: ./bpfscope --load-only -e 'kprobe:vmlinux:vfs_read { @[func] = count(); }'
stdout-empty
stderr: 1 program loaded, nothing attached
