# -l 'struct NAME' for a struct BTF does not have is an error.
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope -lv 'struct no_such_struct_here'
exit: 1
stdout-empty
stderr: bpfscope: error: no struct no_such_struct_here in the kernel's BTF
