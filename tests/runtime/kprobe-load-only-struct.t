# --load-only: a kprobe casting arg0 to a kernel struct and reading through it.
cmd: ./bpfscope --load-only -e 'kprobe:vfs_read { $f = (struct file *)arg0; @[str($f->f_path.dentry->d_name.name)] = count(); @m[pid, comm] = max(arg2); }'
stdout-empty
stderr: 1 program loaded, nothing attached
