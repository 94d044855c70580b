# A program read from FILE.
cmd: printf 'BEGIN { exit(); }\n' >"$TEST_TMP/p.bt" && ./bpfscope --check "$TEST_TMP/p.bt"
exit: 0
stdout-empty
stderr-empty
