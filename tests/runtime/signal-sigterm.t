# SIGTERM ends tracing like SIGINT: maps printed, exit 0, no leftovers.
cmd: tests/lib/no-leftovers -s TERM -- ./bpfscope -e 'BEGIN { @x = 7; } profile:hz:99 { @n = count(); }'
stdout-re: ^@x: 7$
