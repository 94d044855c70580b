# A raw tracepoint (attached through tp_btf) filtered on the -c child: sched_process_exec.
cmd: ./bpfscope -e 'rawtracepoint:sched_process_exec /pid == cpid/ { @ = count(); }' -c /bin/true
stdout-re: ^@: [1-9][0-9]*$
