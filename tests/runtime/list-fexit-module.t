# -l fexit:vmlinux:NAME (kretfunc is the old name).
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope -l 'kretfunc:vmlinux:do_nanosleep'
stdout: fexit:vmlinux:do_nanosleep
stderr-empty
