# rawtracepoint with arg0 (the preempt flag of sched_switch is 0 or 1).
cmd: ./bpfscope -e 'rawtracepoint:sched_switch { @ = count(); @p[arg0 <= 1 ? 1 : 0] = count(); } interval:ms:100 { exit(); }'
stdout-re: ^@: [1-9][0-9]*$
stdout-re: ^@p\[1\]: [1-9][0-9]*$
