# Pointer arithmetic and * on integer pointers read kernel memory: pid and tgid through an int32 *.
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope -e 'BEGIN { $p = (int32 *)curtask; $o = offsetof(struct task_struct, pid) / 4; printf("%d %d %d\n", *($p + $o) == pid, $p[$o + 1] == pid, *(int32 *)((uint64)curtask + offsetof(struct task_struct, tgid)) == pid); exit(); }'
stdout: 1 1 1
stdout:
stdout:
