# --load-only: fexit with retval of the function's return type (needs fentry).
skip-unless: ./bpfscope --info 2>/dev/null | grep -q '^fentry: yes'
cmd: ./bpfscope --load-only -e 'fexit:vfs_read /retval > 0/ { @ = sum(retval); @c[args->count] = count(); }'
stdout-empty
stderr: 1 program loaded, nothing attached
