# fentry on a kernel without BPF trampolines: the missing feature and the tracepoint to use.
skip-unless: ! ./bpfscope --info 2>/dev/null | grep -q '^fentry: yes'
cmd: tests/lib/no-leftovers -- ./bpfscope -e 'fentry:vfs_read { @ = count(); }'
exit: 1
stdout-empty
stderr-lines: 1
stderr-re: ^bpfscope: error: fentry: cannot attach to vfs_read: BPF trampolines \(fentry/fexit\) are not supported by this kernel .*; use tracepoint:syscalls:sys_enter_read or tracepoint:syscalls:sys_enter_pread64 instead$
