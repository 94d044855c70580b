# A syscall tracepoint's struct pointer field is typed from its format
# (struct __kernel_timespec *) and read from the caller's memory, as
# naptime.bt reads args->rqtp->tv_sec.
cmd: ./bpfscope -e 'tracepoint:syscalls:sys_enter_clock_nanosleep /pid == cpid/ { printf("%d %d\n", args->rqtp->tv_sec, args->rqtp->tv_nsec); }' -c '/bin/sleep 0.25'
stdout: 0 250000000
stdout:
stdout:
