# An integer array member of a script struct over comm ("bpfscope" as little-endian shorts): indexed, and printed whole.
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope -e 'struct halves { unsigned short h[4]; }; BEGIN { $w = (struct halves *)((uint64)curtask + offsetof(struct task_struct, comm)); $i = 3; printf("%x %x\n", $w->h[1], $w->h[$i]); print($w->h); exit(); }'
stdout: 7366 6570
stdout: [28770,29542,28515,25968]
stdout:
stdout:
