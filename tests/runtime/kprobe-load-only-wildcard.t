# --load-only: a wildcard with `func` in the body is one program per function.
skip-unless: grep -q ' vfs_readv$' /proc/kallsyms
cmd: ./bpfscope --load-only -e 'kprobe:vfs_read* { @[func] = count(); }'
stdout-empty
stderr-re: ^[3-9][0-9]* programs loaded, nothing attached$
