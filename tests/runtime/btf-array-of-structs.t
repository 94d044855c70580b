# An array of structs member, indexed by a constant and by a variable: signal->rlim[RLIMIT_NOFILE] is the ulimit -n the shell set.
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ulimit -Sn 1234; ./bpfscope -e 'BEGIN { $i = 7; printf("%d %d %d\n", curtask->signal->rlim[7].rlim_cur, curtask->signal->rlim[$i].rlim_cur, curtask->signal->rlim[$i].rlim_max == $1); exit(); }' $(ulimit -Hn)
stdout: 1234 1234 1
stdout:
stdout:
