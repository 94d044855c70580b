# fexit reads retval from the context slot after the arguments (vfs_read has 4: offset 32).
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope --check -d bpf -e 'fexit:vfs_read { @ = retval; }'
stdout-re: = \*\(u64 \*\)\(r[0-9] \+ 32\)$
