# -o sends events and maps to the file; "Attached" stays on stderr.
skip-unless: test "$(id -u)" = 0
cmd: ./bpfscope -o "$TEST_TMP/out" -e 'BEGIN { printf("x\n"); @a = 1; exit(); }' && cat "$TEST_TMP/out"
stdout: x
stdout:
stdout:
stdout: @a: 1
stderr: Attached 1 probe
