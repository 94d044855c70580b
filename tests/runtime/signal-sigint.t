# Ctrl-C (SIGINT) ends tracing, prints the maps, exits 0, leaves nothing behind.
cmd: tests/lib/no-leftovers -s INT -- ./bpfscope -e 'BEGIN { @x = 7; } tracepoint:sched:sched_switch { @n = count(); }'
stdout-re: ^@x: 7$
stdout-re: ^@n: 
