# offsetof through embedded structs (a.b.c), also into an anonymous member's fields.
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope -e 'BEGIN { printf("%d %d\n", offsetof(struct task_struct, se.vruntime) == $1, offsetof(struct sock, __sk_common.skc_family) == $2); exit(); }' $(tests/lib/btf-query offset struct task_struct se.vruntime) $(tests/lib/btf-query offset struct sock __sk_common.skc_family)
stdout: 1 1
stdout:
stdout:
