# sizeof of a kernel union and of a kernel typedef, and of a struct.
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope -e 'BEGIN { printf("%d %d %d %d\n", sizeof(union bpf_attr) == $1, sizeof(pid_t), sizeof(struct list_head), sizeof(u64)); exit(); }' $(tests/lib/btf-query size union bpf_attr)
stdout: 1 4 16 8
stdout:
stdout:
