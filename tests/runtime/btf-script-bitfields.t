# Bitfields of a script struct over comm ("bpfscope": 'b' is 0x62, 'p' is 0x70, then 0x66 0x73).
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope -e 'struct nibbles { unsigned char lo : 4, hi : 4; unsigned short mid : 12; }; BEGIN { $b = (struct nibbles *)((uint64)curtask + offsetof(struct task_struct, comm)); printf("%x %x %x %d\n", $b->lo, $b->hi, $b->mid, sizeof(struct nibbles)); exit(); }'
stdout: 2 6 366 4
stdout:
stdout:
