# A raw tracepoint BTF does not know cannot have its args typed.
skip-unless: test -r /sys/kernel/btf/vmlinux
cmd: ./bpfscope --check -d types -e 'rawtracepoint:no_such_event { print(args.x); }'
exit: 1
stdout-empty
stderr: stdin:1:37: error: cannot type 'args': raw tracepoint no_such_event: no such raw tracepoint in kernel BTF
stderr: rawtracepoint:no_such_event { print(args.x); }
stderr:                                     ^~~~
