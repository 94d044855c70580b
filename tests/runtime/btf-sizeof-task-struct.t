# sizeof(struct task_struct) is the size vmlinux BTF gives (read by tests/lib/btf-query).
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", sizeof(struct task_struct) == $1); exit(); }' $(tests/lib/btf-query size struct task_struct)
stdout: 1
stdout:
stdout:
