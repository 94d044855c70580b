# Tracepoint args are typed from the tracepoint's format in tracefs.
skip-unless: test "$(id -u)" = 0
cmd: ./bpfscope --check -d types -e 'tracepoint:syscalls:sys_enter_openat { @[str(args.filename)] = count(); }'
exit: 0
stdout-re: ^1:46 field filename : int8 \*$
stdout-re: ^1:42 call str : string\[64\]$
