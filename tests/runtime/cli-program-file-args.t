# A program file with positional parameters after it.
cmd: printf 'BEGIN { printf("%%d\\n", $1 + $2); exit(); }' >"$TEST_TMP/p.bt" && ./bpfscope "$TEST_TMP/p.bt" 40 2
stdout: 42
stdout:
stdout:
