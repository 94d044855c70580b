# An unknown function is an error naming what was looked for, with the closest name.
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope --load-only -e 'fentry:vfs_reed { }'
exit: 1
stdout-empty
stderr: stdin:1:1: error: fentry:vfs_reed: no function 'vfs_reed' in the kernel's BTF (did you mean vfs_read?)
stderr: fentry:vfs_reed { }
stderr: ^~~~~~~~~~~~~~~
