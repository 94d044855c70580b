# str() of a char[] member, whole and cut to a length; as a map key.
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope -e 'BEGIN { printf("%s %s\n", str(curtask->comm), str(curtask->comm, 4)); @[curtask->comm] = count(); exit(); }'
stdout: bpfscope bpf
stdout:
stdout:
stdout: @[bpfscope]: 1
