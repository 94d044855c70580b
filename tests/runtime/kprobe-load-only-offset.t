# --load-only: a kprobe at func+offset loads (the offset only matters at attach time).
cmd: ./bpfscope --load-only -e 'kprobe:vfs_read+0x10 { @ = reg("ax"); }'
stdout-empty
stderr: 1 program loaded, nothing attached
