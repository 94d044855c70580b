# A script union over comm: the same bytes as an integer and as a char array.
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope -e 'union word { unsigned int v; char c[4]; }; BEGIN { $w = (union word *)((uint64)curtask + offsetof(struct task_struct, comm)); printf("%x %s %d\n", $w->v, $w->c, sizeof(union word)); exit(); }'
stdout: 73667062 bpfs 4
stdout:
stdout:
