# find_vma(addr) (a bpfscope addition, bpf_find_vma): the faults of `cat` on its own text and on libc resolve to the mapped files' names.
cmd: ./bpfscope -c '/bin/cat /etc/hostname' -e 'tracepoint:exceptions:page_fault_user /pid == cpid/ { $v = find_vma(args.address); if ($v && $v->vm_file) { @[str($v->vm_file->f_path.dentry->d_name.name)] = 1; } }' 2>/dev/null
stdout-re: ^@\[libc\.so\.6\]: 1$
stdout-re: ^@\[cat\]: 1$
