# --duration SECS stops the tracer as Ctrl-C would: END runs and the maps print. 0.35 s of a 100 ms interval is about 3 ticks.
cmd: ./bpfscope -q --duration 0.35 -e 'interval:ms:100 { @ticks = count(); } END { printf("end\n"); }'
stdout-re: ^end$
stdout-re: ^@ticks: [2-4]$
