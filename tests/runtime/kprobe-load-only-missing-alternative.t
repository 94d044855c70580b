# An attach point that matches nothing is skipped with a warning when
# another one of the probe matches (bpftrace's missing_probes = "warn"),
# as tools list a kernel function under its old and new names.
cmd: ./bpfscope --load-only -e 'kprobe:vfs_read, kprobe:no_such_function_here { @ = count(); }'
stdout-empty
stderr: stdin:1:18: warning: kprobe:no_such_function_here: no such kernel function; skipping this attach point
stderr: kprobe:vfs_read, kprobe:no_such_function_here { @ = count(); }
stderr:                  ^~~~~~~~~~~~~~~~~~~~~~~~~~~~
stderr: 1 program loaded, nothing attached
