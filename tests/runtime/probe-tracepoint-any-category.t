# tracepoint:*:EVENT matches the event in every category, and a syscall's
# pointer fields are read from the caller there too.
cmd: ./bpfscope -e 'tracepoint:*:sys_enter_clock_nano* /pid == cpid/ { printf("%d\n", args->rqtp->tv_nsec); }' -c '/bin/sleep 0.1'
stdout: 100000000
stdout:
stdout:
