# join() reads at most 16 strings, as bpftrace: the rest of a long argv is dropped.
cmd: ./bpfscope -c '/bin/true 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18' -e 'tracepoint:syscalls:sys_enter_execve /pid == cpid/ { join(args.argv); }'
stdout: /bin/true 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15
stdout:
stdout:
