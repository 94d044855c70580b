# join() with an empty separator runs the strings together (bpftrace 0.17 prints the same).
cmd: ./bpfscope -c '/bin/true a bb ccc' -e 'tracepoint:syscalls:sys_enter_execve /pid == cpid/ { join(args.argv, ""); }'
stdout: /bin/trueabbccc
stdout:
stdout:
