# fentry args and fexit retval are typed from the function's BTF prototype.
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope --check -d types -e 'fexit:do_sys_openat2 { printf("%s %d\n", str(args->filename), retval); }'
stdout-re: ident args : \{dfd:int32,filename:(u?int8|string\[[0-9]+\]) \*,how:struct open_how \*\}$
stdout-re: ident retval : int32$
