# An enum-typed value prints its enumerator's name with %s and its number with %d.
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope -e 'BEGIN { $t = (enum bpf_map_type)$1; printf("%s %d %s\n", $t, $t == $1, BPF_MAP_TYPE_ARRAY); exit(); }' $(tests/lib/btf-query enum BPF_MAP_TYPE_HASH)
stdout: BPF_MAP_TYPE_HASH 1 BPF_MAP_TYPE_ARRAY
stdout:
stdout:
