# Casts to C type spellings and typedefs: unsigned long, uint16_t (truncates), a script typedef pointer.
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope -e 'typedef struct point { int x; int y; } point_t; BEGIN { $p = (point_t *)curtask; $q = (unsigned long)1; $r = (uint16_t)70000; printf("%d %d %d %d\n", sizeof(*$p), $q, $r, sizeof((unsigned char)1)); exit(); }'
stdout: 8 1 4464 1
stdout:
stdout:
