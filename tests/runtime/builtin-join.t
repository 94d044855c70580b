# join(args.argv) prints the argv of the -c child joined by spaces, on its own line.
cmd: ./bpfscope -c '/bin/true a bb ccc' -e 'tracepoint:syscalls:sys_enter_execve /pid == cpid/ { join(args.argv); }'
stdout: /bin/true a bb ccc
stdout:
stdout:
