# Enum values as map keys and values print by name; a value no enumerator has prints as a number.
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope -e 'BEGIN { @[BPF_MAP_TYPE_ARRAY] = count(); @v = BPF_MAP_TYPE_HASH; printf("%s\n", (enum bpf_map_type)100000); exit(); }'
stdout: 100000
stdout:
stdout:
stdout: @[BPF_MAP_TYPE_ARRAY]: 1
stdout: @v: BPF_MAP_TYPE_HASH
