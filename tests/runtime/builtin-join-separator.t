# join() with a separator.
cmd: ./bpfscope -c '/bin/true a bb ccc' -e 'tracepoint:syscalls:sys_enter_execve /pid == cpid/ { join(args.argv, ","); }'
stdout: /bin/true,a,bb,ccc
stdout:
stdout:
