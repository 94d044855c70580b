# -l 'struct task_s*' lists the names of matching structs, sorted.
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope -l 'struct task_s*'
stdout-re: ^struct task_struct$
stdout-not-re: ^struct task_group$
stderr-empty
