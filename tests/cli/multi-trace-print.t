# trace --print: the issue's example as a bpftrace program; -S leaves out the filter on the tracer's own pid.
cmd: ./bpfscope trace -S --print 't:syscalls:sys_enter_read (args.count > 20000) "read %d bytes", args.count'
stdout: /* bpfscope trace */
stdout: BEGIN
stdout: {
stdout: 	printf("%-7s %-7s %-15s %-16s %s\n", "PID", "TID", "COMM", "FUNC", "-");
stdout: }
stdout: 
stdout: /* t:syscalls:sys_enter_read (args.count > 20000) "read %d bytes", args.count */
stdout: tracepoint:syscalls:sys_enter_read
stdout: /(args.count > 20000)/
stdout: {
stdout: 	printf("%-7d %-7d %-15s %-16s read %d bytes\n", pid, tid, comm, "sys_enter_read", args.count);
stdout: }
