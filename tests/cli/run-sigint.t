# SIGINT stops tracing: END runs, the maps print, the status is 0.
skip-unless: test "$(id -u)" = 0
cmd: ./bpfscope -e 'tracepoint:sched:sched_switch { @s = 1; } END { printf("end\n"); }' & sleep 1; kill -INT $!; wait $!
stdout-re: ^end$
stdout-re: ^@s: 1$
stderr: Attached 2 probes
