# A tracepoint that does not exist is skipped with a warning when another
# attach point of the probe exists, and `args` is typed from that one.
cmd: ./bpfscope --load-only -e 'tracepoint:syscalls:sys_enter_no_such_call, tracepoint:syscalls:sys_enter_openat { printf("%s\n", str(args->filename)); }'
stdout-empty
stderr-re: ^stdin:1:1: warning: tracepoint:syscalls:sys_enter_no_such_call: no such tracepoint.*; skipping this attach point$
stderr-re: ^1 program loaded, nothing attached$
