# buf(args.buf, args.count): the bytes write() was given, no more (user memory, run-time length).
cmd: ./bpfscope -c '/bin/echo buf-marker' -e 'tracepoint:syscalls:sys_enter_write /pid == cpid/ { printf("<%r>\n", buf(args.buf, args.count)); }'
stdout-re: ^<buf-marker\\x0a>$
