# *ptr of a struct pointer is the struct; its members are read with '.'.
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope -e 'BEGIN { $t = (struct task_struct *)curtask; printf("%d %s %d\n", (*$t).pid == pid, (*$t).comm, (*$t).se.vruntime > 0); exit(); }'
stdout: 1 bpfscope 1
stdout:
stdout:
