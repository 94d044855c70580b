# An unknown kernel function is an error naming it, with the closest name.
cmd: ./bpfscope --load-only -e 'kprobe:vfs_reed { }'
exit: 1
stdout-empty
stderr: stdin:1:1: error: kprobe:vfs_reed: no such kernel function (did you mean kprobe:vfs_read?)
stderr: kprobe:vfs_reed { }
stderr: ^~~~~~~~~~~~~~~
