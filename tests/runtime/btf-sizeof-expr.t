# sizeof of expressions and of named types: members, builtins, pointers, a dereferenced struct.
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope -e 'BEGIN { printf("%d %d %d %d %d %d\n", sizeof(curtask->comm), sizeof(pid), sizeof(uint32), sizeof(curtask), sizeof(struct task_struct *), sizeof(*curtask) == $1); exit(); }' $(tests/lib/btf-query size struct task_struct)
stdout: 16 4 4 8 8 1
stdout:
stdout:
