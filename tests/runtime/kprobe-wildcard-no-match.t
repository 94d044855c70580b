# A kprobe wildcard that matches nothing is an error.
cmd: ./bpfscope --load-only -e 'kprobe:no_such_function_prefix_* { }'
exit: 1
stdout-empty
stderr-re: kprobe:no_such_function_prefix_\*: no kernel function matches
