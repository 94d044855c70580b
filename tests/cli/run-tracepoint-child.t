# A tracepoint counted for the -c child only; tracing stops when it exits.
skip-unless: test "$(id -u)" = 0
cmd: ./bpfscope -e 'tracepoint:syscalls:sys_enter_getppid /pid == cpid/ { @[comm] = count(); }' -c 'sh -c "echo $PPID >/dev/null"'
stdout:
stdout:
stdout: @[sh]: 1
stderr: Attached 1 probe
