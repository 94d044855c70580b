# -l kretprobe:module:PATTERN names the module (vmlinux for the core kernel).
skip-unless: grep -q ' vfs_read$' /proc/kallsyms
cmd: ./bpfscope -l 'kretprobe:vmlinux:vfs_read' 2>/dev/null
stdout: kretprobe:vmlinux:vfs_read
