# Pointer arithmetic steps by the target's size: a kernel struct (from BTF), a script struct, an integer; constant and variable.
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope -e 'struct pair { int a; int b; }; BEGIN { $t = (struct task_struct *)0; $p = (struct pair *)16; $i = 2; printf("%d %d %d %d %d\n", (uint64)($t + 1) == $1, (uint64)($p + 2), (uint64)(((int32 *)0) + 3), (uint64)($p + $i), (uint64)($p - 1)); exit(); }' $(tests/lib/btf-query size struct task_struct)
stdout: 1 32 12 32 8
stdout:
stdout:
