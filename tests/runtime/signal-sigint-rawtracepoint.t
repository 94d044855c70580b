# No leftovers after SIGINT with a raw tracepoint attached.
cmd: tests/lib/no-leftovers -s INT -- ./bpfscope -e 'rawtracepoint:sched_switch { @ = count(); }'
stdout-re: ^@: 
