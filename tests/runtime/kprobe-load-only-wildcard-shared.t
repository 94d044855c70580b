# --load-only: a wildcard whose body does not depend on the function shares one program.
cmd: ./bpfscope --load-only -e 'kprobe:vfs_read* { @ = count(); }'
stdout-empty
stderr: 1 program loaded, nothing attached
