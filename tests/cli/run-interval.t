# interval probes fire until exit(); END runs after them.
skip-unless: test "$(id -u)" = 0
cmd: ./bpfscope -e 'interval:ms:50 { @n = count(); if (@n >= 3) { exit(); } } END { printf("end\n"); }'
stdout: end
stdout:
stdout:
stdout: @n: 3
stderr: Attached 2 probes
