# let with a kernel pointer type, and typeof() of an expression as a let type.
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope -e 'BEGIN { let $t: struct task_struct * = (struct task_struct *)curtask; let $u: typeof(curtask) = curtask; printf("%d %d\n", $t->pid == pid, $u->tgid == pid); exit(); }'
stdout: 1 1
stdout:
stdout:
