# A mixed-case kernel enumerator (enum pageflags' PG_swapbacked) is a constant with its BTF value, like an upper-case one.
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope -e 'BEGIN { printf("%d\n", PG_swapbacked == $1); exit(); }' $(tests/lib/btf-query enum PG_swapbacked)
stdout: 1
stdout:
stdout:
