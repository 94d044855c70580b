# fold --offsets keeps each frame's +offset, so the two vfs_read offsets stay apart.
cmd: ./bpfscope fold --offsets tests/fixtures/stacks-map.txt | grep vfs_read
stdout: dd;main+40;read+17;do_syscall_64+113;vfs_read+187 2
stdout: dd;main+40;read+17;do_syscall_64+113;vfs_read+5 4
