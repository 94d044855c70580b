# A script struct cast over kernel memory: members read at the script's offsets, through ->, [i]. and (*p).
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope -e 'struct ids { int pid; int tgid; }; BEGIN { $p = (struct ids *)((uint64)curtask + offsetof(struct task_struct, pid)); $i = 0; printf("%d %d %d %d\n", $p->pid == pid, $p->tgid == pid, $p[$i].tgid == pid, (*$p).pid == pid); exit(); }'
stdout: 1 1 1 1
stdout:
stdout:
