# Scanning for options stops at the program file: -x here is $2, not an option.
cmd: printf 'BEGIN { exit(); }\n' >"$TEST_TMP/p.bt" && ./bpfscope --check "$TEST_TMP/p.bt" -v -x
exit: 0
stderr-empty
