# config missing_probes = "error": an attach point that matches nothing is
# an error even when another one of the probe matches.
cmd: ./bpfscope --load-only -e 'config = { missing_probes = "error" } kprobe:vfs_read, kprobe:no_such_function_here { @ = count(); }'
exit: 1
stdout-empty
stderr-re: error: kprobe:no_such_function_here: no such kernel function$
stderr-not-re: programs? loaded
