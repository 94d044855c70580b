# kfunc (the old name of fentry) with --dry-run on a kernel without trampolines fails with exit 1.
skip-unless: ! ./bpfscope --info 2>/dev/null | grep -q '^fentry: yes'
cmd: ./bpfscope --dry-run -e 'kretfunc:do_nanosleep { @ = count(); }'
exit: 1
stdout-empty
stderr-re: ^bpfscope: error: fexit: cannot attach to do_nanosleep: BPF trampolines .*use tracepoint:syscalls:sys_enter_clock_nanosleep
