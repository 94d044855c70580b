# For the stack tools, -d is bcc's delimiter, as in bcc's profile: with "-f -d" a sample with both a user and a kernel stack (dd in its write syscalls) has a "-" frame between them.
cmd: ./bpfscope profile -f -d -F 99 --cmd 'dd if=/dev/zero of=/dev/null bs=1 count=400000 status=none' 2>/dev/null | grep -E '^dd;' | grep -c ';-;entry_SYSCALL' | grep -qv '^0$' && echo delimited
stdout: delimited
