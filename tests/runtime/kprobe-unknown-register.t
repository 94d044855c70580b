# reg() with a name that is not an x86-64 register is a compile error with a caret.
cmd: ./bpfscope --load-only -e 'kprobe:vfs_read { @ = reg("dj"); }'
exit: 1
stdout-empty
stderr: stdin:1:27: error: unknown register 'dj' (x86-64 registers: r15, r14, r13, r12, bp, bx, r11, r10, r9, r8, ax, cx, dx, si, di, orig_ax, ip, cs, flags, sp, ss)
stderr: kprobe:vfs_read { @ = reg("dj"); }
stderr:                           ^~~~
