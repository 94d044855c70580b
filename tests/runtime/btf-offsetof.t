# offsetof(struct task_struct, pid) is the member's BTF offset.
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", offsetof(struct task_struct, pid) == $1); exit(); }' $(tests/lib/btf-query offset struct task_struct pid)
stdout: 1
stdout:
stdout:
