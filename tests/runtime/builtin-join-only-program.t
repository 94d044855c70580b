# join() of an argv with only the program name.
cmd: ./bpfscope -c /bin/true -e 'tracepoint:syscalls:sys_enter_execve /pid == cpid/ { join(args.argv); printf("done\n"); }'
stdout: /bin/true
stdout: done
stdout:
stdout:
