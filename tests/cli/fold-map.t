# fold turns a map keyed by (kstack, ustack, comm) into folded lines: comm, user frames root first, then kernel frames; equal stacks (offsets aside) are summed; perf-mode frames lose address and module.
cmd: ./bpfscope fold tests/fixtures/stacks-map.txt
stdout: dd;0x55a14329093c 1
stdout: dd;main;read;do_syscall_64;vfs_read 6
stdout: dd;main;read;entry_SYSCALL_64_after_hwframe;do_syscall_64 3
stdout: sleep;nanosleep;do_nanosleep;schedule 5
