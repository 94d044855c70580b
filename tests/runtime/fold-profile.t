# A live profile of dd reading /dev/zero folds into lines with dd's read path, kernel frames tagged _[k].
cmd: ./bpfscope -e 'profile:hz:499 /pid == cpid/ { @[kstack, ustack, comm] = count(); }' -c 'dd if=/dev/zero of=/dev/null bs=1M count=3000 status=none' 2>/dev/null | ./bpfscope fold -k
stdout-re: ^dd;.*(vfs_read|ksys_read)_\[k\].* [0-9]+$
