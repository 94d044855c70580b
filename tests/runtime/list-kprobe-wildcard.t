# -l kprobe:PATTERN lists kernel functions (from kallsyms when kprobes are absent), without padding symbols.
skip-unless: grep -q ' vfs_read$' /proc/kallsyms
cmd: ./bpfscope -l 'kprobe:vfs_*' 2>/dev/null
stdout-re: ^kprobe:vfs_read$
stdout-re: ^kprobe:vfs_write$
stdout-not-re: __pfx_|\.cold$
