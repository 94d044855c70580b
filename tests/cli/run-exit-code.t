# exit(N) gives the exit status; -q drops "Attached".
skip-unless: test "$(id -u)" = 0
cmd: ./bpfscope -q -e 'BEGIN { exit(3); }'
exit: 3
stdout:
stdout:
stderr-empty
