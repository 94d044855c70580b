# uprobe on a function of a test program: func, arg0 and arg1 are its name and the arguments it was called with.
cmd: set -o pipefail; cc -O1 -fno-omit-frame-pointer -fno-inline -o $TEST_TMP/stackchain tests/fixtures/stackchain.c && ./bpfscope -e 'uprobe:'$TEST_TMP'/stackchain:scale { printf("%s %d %d\n", func, arg0, arg1); }' -c "$TEST_TMP/stackchain 3 0" | cat
stdout: scale 3 7
stdout:
stdout:
