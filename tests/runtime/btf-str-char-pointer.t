# str() of a char * member read through a chain of kernel pointers: the executable's name.
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope -e 'BEGIN { $n = curtask->mm->exe_file->f_path.dentry->d_name.name; printf("%s %c\n", str($n), $n[1]); exit(); }'
stdout: bpfscope p
stdout:
stdout:
