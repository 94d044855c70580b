# BEGIN runs once; exit() stops the run with status 0.
skip-unless: test "$(id -u)" = 0
cmd: ./bpfscope -e 'BEGIN { printf("hi %d %s\n", 42, "there"); exit(); }'
stdout: hi 42 there
stdout:
stdout:
stderr: Attached 1 probe
