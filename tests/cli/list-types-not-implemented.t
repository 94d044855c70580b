# bpftrace -l 'struct NAME' lists BTF types; not written yet.
cmd: ./bpfscope -lv 'struct task_struct'
exit: 1
stdout-empty
stderr: bpfscope: error: listing kernel types (-l 'struct task_struct') is not implemented yet
