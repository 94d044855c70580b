# A program that uses no kernel types does not read the kernel's BTF (start-up pays nothing for it).
skip-unless: command -v strace
cmd: strace -f -e trace=openat ./bpfscope -e 'BEGIN { printf("hi\n"); exit(); }' 2>&1 | grep -c 'btf/vmlinux'
exit: 1
stdout: 0
