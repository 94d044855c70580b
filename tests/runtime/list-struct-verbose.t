# -lv 'struct NAME' prints the struct from BTF as bpftrace does (libbpf's C syntax).
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope -lv 'struct task_struct'
stdout-re: ^struct task_struct \{$
stdout-re: ^	pid_t pid;$
stdout-re: ^	char comm\[16\];$
stdout-re: ^	struct task_struct \*real_parent;$
stdout-re: ^\};$
stdout-not-re: ^struct sched_entity \{
stderr-empty
