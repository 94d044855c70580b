# An integer array member: constant and variable index, and printed whole (one allowed CPU under taskset).
skip-unless: test -r /sys/kernel/btf/vmlinux
skip-unless: command -v taskset
cmd: taskset 1 ./bpfscope -e 'BEGIN { $i = 0; printf("%d %d %d %d\n", curtask->cpus_mask.bits[0], curtask->cpus_mask.bits[$i], curtask->cpus_mask.bits[$i + 1], curtask->nr_cpus_allowed); exit(); }'
stdout: 1 1 0 1
stdout:
stdout:
