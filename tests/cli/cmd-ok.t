# -c only names the child to run; --check runs nothing.
cmd: ./bpfscope --check -c 'touch "$TEST_TMP/ran"' -e 'BEGIN { exit(); }' && test ! -e "$TEST_TMP/ran"
exit: 0
stderr-empty
