# No leftovers after exit() from an interval probe with a tracepoint attached.
cmd: tests/lib/no-leftovers -- ./bpfscope -e 'tracepoint:sched:sched_switch { @ = count(); } interval:ms:50 { exit(); }'
stdout-re: ^@: 
