# A __data_loc string: sched_process_exec filename of the child.
cmd: ./bpfscope -e 'tracepoint:sched:sched_process_exec /pid == cpid/ { printf("exec %s\n", str(args.filename)); }' -c /bin/true
stdout-re: ^exec /bin/true$
