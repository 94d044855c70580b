# --load-only on a kernel that refuses fentry programs: the load error says why, exit 1, nothing left.
skip-unless: ! ./bpfscope --info 2>/dev/null | grep -q '^fentry: yes'
cmd: tests/lib/no-leftovers -- ./bpfscope --load-only -e 'fexit:vfs_read { @ = sum(retval); @c[args.count] = count(); }'
exit: 1
stdout-empty
stderr-lines: 1
stderr-re: ^bpfscope: error: cannot load fexit:vmlinux:vfs_read: Operation not permitted; BPF trampolines \(fentry/fexit\) are not supported by this kernel
