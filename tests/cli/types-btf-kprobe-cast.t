# (struct sock *)arg0 in a kprobe types as a kernel pointer; its members come from BTF.
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope --check -d types -e 'kprobe:tcp_connect { $sk = (struct sock *)arg0; print($sk->__sk_common.skc_dport); print(sizeof(*$sk) > 0); }'
exit: 0
stdout-re: ^1:22 var \$sk : struct sock \*$
stdout-re: ^1:28 cast : struct sock \*$
stdout-re: ^1:55 field skc_dport : uint16$
