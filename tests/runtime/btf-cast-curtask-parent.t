# ((struct task_struct *)curtask)->real_parent->tgid in BEGIN is the shell that started bpfscope.
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", ((struct task_struct *)curtask)->real_parent->tgid == $1); exit(); }' $$; true
stdout: 1
stdout:
stdout:
