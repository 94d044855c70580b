# config missing_probes = "ignore": an attach point that matches nothing is
# skipped without a word when another one of the probe matches.
cmd: ./bpfscope --load-only -e 'config = { missing_probes = "ignore" } kprobe:vfs_read, kprobe:no_such_function_here { @ = count(); }'
stdout-empty
stderr: 1 program loaded, nothing attached
