# --load-only: reg() reads struct pt_regs by register name.
cmd: ./bpfscope --load-only -e 'kprobe:vfs_read { @[reg("di"), reg("si"), reg("ip")] = count(); printf("%lx\n", reg("sp")); }'
stdout-empty
stderr: 1 program loaded, nothing attached
