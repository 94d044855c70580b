# Without BTF, sizeof of a kernel struct and kernel enum values are errors that name the missing file.
cmd: BPFTRACE_BTF=/nonexistent ./bpfscope --check -d types -e 'begin { print(sizeof(struct task_struct)); print(BPF_MAP_TYPE_HASH); }'
exit: 1
stdout-empty
stderr: stdin:1:15: error: cannot take the size of struct task_struct: BTF is not available (/nonexistent missing)
stderr: begin { print(sizeof(struct task_struct)); print(BPF_MAP_TYPE_HASH); }
stderr:               ^~~~~~~~~~~~~~~~~~~~~~~~~~
stderr: stdin:1:50: error: unknown identifier 'BPF_MAP_TYPE_HASH' (BTF is not available (/nonexistent missing))
stderr: begin { print(sizeof(struct task_struct)); print(BPF_MAP_TYPE_HASH); }
stderr:                                                  ^~~~~~~~~~~~~~~~~
