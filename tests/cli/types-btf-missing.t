# Without BTF a kernel struct stays opaque: naming it is fine, reading a member is an error.
cmd: BPFTRACE_BTF=/nonexistent ./bpfscope --check -d types -e 'begin { $t = curtask; print(curtask->pid); }'
exit: 1
stdout-empty
stderr: stdin:1:29: error: struct task_struct: BTF is not available (/nonexistent missing), cannot read member 'pid'
stderr: begin { $t = curtask; print(curtask->pid); }
stderr:                             ^~~~~~~~~~~~
