# fold -d puts a "-" frame between the user and the kernel stack, as bcc's profile -d does; --no-fields drops the comm.
cmd: ./bpfscope fold -d --no-fields tests/fixtures/stacks-map.txt
stdout: 0x55a14329093c 1
stdout: main;read;-;do_syscall_64;vfs_read 6
stdout: main;read;-;entry_SYSCALL_64_after_hwframe;do_syscall_64 3
stdout: nanosleep;-;do_nanosleep;schedule 5
