# A char[16] tracepoint field prints as a string: sched_process_exit comm.
cmd: ./bpfscope -e 'tracepoint:sched:sched_process_exit /pid == cpid/ { printf("exit %s\n", args.comm); }' -c /bin/true
stdout-re: ^exit true$
