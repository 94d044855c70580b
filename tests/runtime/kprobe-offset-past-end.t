# func+offset past the end of the function (its extent from kallsyms) is an error.
skip-unless: grep -q ' vfs_read$' /proc/kallsyms && ! grep -q '^0000000000000000 T vfs_read$' /proc/kallsyms
cmd: ./bpfscope --load-only -e 'kprobe:vfs_read+0x1000000 { }'
exit: 1
stdout-empty
stderr-re: ^stdin:1:1: error: kprobe:vfs_read\+16777216: the offset is past the end of vfs_read \([0-9]+ bytes\)$
