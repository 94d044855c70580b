# A kernel enum value is an integer constant with its BTF value.
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope -e 'BEGIN { printf("%d %d\n", BPF_MAP_TYPE_HASH == $1, BPF_MAP_TYPE_ARRAY + 0 == $2); exit(); }' $(tests/lib/btf-query enum BPF_MAP_TYPE_HASH) $(tests/lib/btf-query enum BPF_MAP_TYPE_ARRAY)
stdout: 1 1
stdout:
stdout:
