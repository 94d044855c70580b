# --dry-run loads and attaches, then stops before BEGIN runs.
skip-unless: test "$(id -u)" = 0
cmd: ./bpfscope --dry-run -e 'BEGIN { printf("not run\n"); } tracepoint:sched:sched_switch { @ = count(); }'
stdout-empty
stderr: Attached 2 probes
