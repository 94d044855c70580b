# curtask is a struct task_struct * whose members, nested structs and arrays come from BTF.
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope --check -d types -e 'begin { print(curtask->pid); print(curtask->se.vruntime); print(curtask->comm); print(curtask->real_parent->tgid); print(curtask->cpus_mask.bits[0]); }'
exit: 0
stdout-re: ^1:15 ident curtask : struct task_struct \*$
stdout-re: ^1:15 field pid : int32$
stdout-re: ^1:36 field se : struct sched_entity$
stdout-re: ^1:36 field vruntime : uint64$
stdout-re: ^1:65 field comm : string\[16\]$
stdout-re: ^1:87 field real_parent : struct task_struct \*$
stdout-re: ^1:87 field tgid : int32$
stdout-re: ^1:122 field bits : uint64\[4\]$
stdout-re: ^1:122 index : uint64$
