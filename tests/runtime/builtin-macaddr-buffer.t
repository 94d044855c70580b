# macaddr() of a 6-byte buffer from buf(): lowercase hex in the input, uppercase in the output.
cmd: ./bpfscope -c /bin/true -e 'tracepoint:syscalls:sys_enter_execve /pid == cpid/ { $b = buf(args.filename, 6); printf("%s\n", macaddr($b)); }'
stdout: 2F:62:69:6E:2F:74
stdout:
stdout:
