# profile samples of a process busy in the kernel (reading /dev/zero) have kernel stacks with the read path.
cmd: ./bpfscope -e 'profile:hz:499 /comm == "dd"/ { @[kstack] = count(); }' -c 'dd if=/dev/zero of=/dev/null bs=1M count=3000 status=none'
stdout-re: ^        (vfs_read|ksys_read|__x64_sys_read)\+[0-9]+$
