# Casts and let types naming a kernel struct resolve through BTF, embedded structs included.
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope --check -d types -e 'rawtracepoint:sched_switch { let $s: struct sock * = (struct sock *)arg0; print($s->__sk_common.skc_family); }'
exit: 0
stdout-re: ^1:34 var \$s : struct sock \*$
stdout-re: ^1:54 cast : struct sock \*$
stdout-re: ^1:81 field __sk_common : struct sock_common$
stdout-re: ^1:81 field skc_family : uint16$
