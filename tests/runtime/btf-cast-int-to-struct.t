# An integer cast to a struct pointer reads kernel memory through it.
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope -e 'BEGIN { $a = (uint64)curtask; $t = (struct task_struct *)$a; printf("%d %d %s\n", $t->pid == pid, $t->tgid == pid, $t->comm); exit(); }'
stdout: 1 1 bpfscope
stdout:
stdout:
