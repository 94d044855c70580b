# funccount -v prints the generated bpftrace program: one count per probe, a table every interval (-i) with a timestamp (-T), and at the end.
cmd: ./bpfscope funccount -v -Ti 5 't:sched:sched_process_*'
stdout: /* bpfscope funccount 't:sched:sched_process_*' */
stdout: tracepoint:sched:sched_process_*
stdout: {
stdout: 	@[probe] = count();
stdout: }
stdout: 
stdout: interval:s:5
stdout: {
stdout: 	printf("\n");
stdout: 	time("%H:%M:%S\n");
stdout: 	printf("%-36s %8s\n", "FUNC", "COUNT");
stdout: 	print(@);
stdout: 	clear(@);
stdout: }
stdout: 
stdout: END
stdout: {
stdout: 	printf("\n");
stdout: 	time("%H:%M:%S\n");
stdout: 	printf("%-36s %8s\n", "FUNC", "COUNT");
stdout: 	print(@);
stdout: 	clear(@);
stdout: }
