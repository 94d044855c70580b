# stackcount -f prints folded stacks: the process name, then user frames and kernel frames from root to leaf, and the count (a renamed shell calls getppid() once).
cmd: cp /bin/sh $TEST_TMP/scmark-sh && ./bpfscope stackcount -f t:syscalls:sys_enter_getppid --cmd "$TEST_TMP/scmark-sh" 2>/dev/null | grep '^scmark-sh;'
stdout-re: ^scmark-sh;.*entry_SYSCALL_64[a-z_]*;do_syscall_64;.* 1$
