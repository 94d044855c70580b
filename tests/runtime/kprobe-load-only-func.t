# --load-only: `func` as a map key in a kretprobe.
cmd: ./bpfscope --load-only -e 'kretprobe:vfs_write { @[func] = count(); }'
stdout-empty
stderr: 1 program loaded, nothing attached
